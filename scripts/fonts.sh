#!/usr/bin/env bash
# Makes sure the fonts the PDF report needs are installed (Debian/Ubuntu).
# Idempotent: checks for the files first and calls apt-get only for the packages that are missing.
# The report renderer also looks in <app>/fonts first, so a deployment package can carry the files instead.
set -euo pipefail

# "file|package" pairs; keep in sync with src/Icc.Reports/Pdf/Fonts/FontCatalog.cs.
required=(
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf|fonts-dejavu-core"
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf|fonts-dejavu-core"
  "/usr/share/fonts/truetype/nanum/NanumGothic.ttf|fonts-nanum"
  "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf|fonts-nanum"
)

missing=()
for entry in "${required[@]}"; do
  file="${entry%%|*}"
  package="${entry##*|}"
  if [[ -f "$file" ]]; then
    echo "fonts: found $file"
  else
    echo "fonts: missing $file (package $package)"
    [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "fonts: all report fonts present"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "fonts: apt-get not available; install ${missing[*]} or copy the files into <app>/fonts" >&2
  exit 1
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi

echo "fonts: installing ${missing[*]} with apt-get"
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"

for entry in "${required[@]}"; do
  file="${entry%%|*}"
  if [[ ! -f "$file" ]]; then
    echo "fonts: still missing $file after install" >&2
    exit 1
  fi
done
echo "fonts: all report fonts present"
