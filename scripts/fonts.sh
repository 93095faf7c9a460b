#!/usr/bin/env bash
# The report's fonts: DejaVu Sans (Latin, Cyrillic) and NanumGothic (Korean), from Debian's packages.
# Installs them only when missing.
set -euo pipefail
need=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/nanum/NanumGothic.ttf ] || need+=(fonts-nanum)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "Installing fonts: ${need[*]}"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
