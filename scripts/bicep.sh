#!/usr/bin/env bash
# Compiles and lints the Azure infrastructure (infra/main.bicep) with the Bicep CLI, so a broken
# template fails CI. The CLI comes from NuGet (Azure.Bicep.CommandLine.linux-x64), the one place it can
# be fetched from here, and is cached in .tools/bicep.
#   scripts/bicep.sh          build and lint infra/main.bicep and main.bicepparam (error rules: infra/bicepconfig.json)
#   scripts/bicep.sh install  only fetch the CLI
#   scripts/bicep.sh path     print the CLI's path (fetching it first), e.g. "$(scripts/bicep.sh path)" --version
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="0.49.2"
package="Azure.Bicep.CommandLine.linux-x64"
tool_dir="$root/.tools/bicep"
bicep="$tool_dir/packages/${package,,}/$version/tools/bicep"

install() {
  if [ -x "$bicep" ]; then return 0; fi
  echo "Fetching $package $version from NuGet into .tools/bicep"
  # A throwaway project outside the repo, so the repo's central package versions and build settings do
  # not apply to it; PackageDownload fetches the package without referencing it.
  local project
  project="$(mktemp -d)"
  cat >"$project/bicep.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="$package" Version="[$version]" /></ItemGroup>
</Project>
XML
  mkdir -p "$tool_dir/packages"
  local status=0
  dotnet restore "$project/bicep.csproj" --packages "$tool_dir/packages" --nologo -v quiet >/dev/null || status=$?
  rm -rf "$project"
  if [ "$status" -ne 0 ]; then echo "Could not fetch $package $version from NuGet" >&2; return "$status"; fi
  # NuGet does not keep the executable bit of files inside a package.
  chmod +x "$bicep"
}

check() {
  install
  cd "$root"
  echo "== bicep build infra/main.bicep"
  "$bicep" build infra/main.bicep --stdout >/dev/null
  echo "== bicep lint infra/main.bicep"
  "$bicep" lint infra/main.bicep
  # The azd parameters file type-checks against the template (with azd's variables unset: the defaults).
  echo "== bicep build-params infra/main.bicepparam"
  "$bicep" build-params infra/main.bicepparam --stdout >/dev/null
  "$bicep" lint infra/main.bicepparam
  echo "Bicep: build and lint clean"
}

case "${1:-check}" in
  check) check ;;
  install) install ;;
  path) install >&2; echo "$bicep" ;;
  *) echo "usage: scripts/bicep.sh [check|install|path]" >&2; exit 2 ;;
esac
