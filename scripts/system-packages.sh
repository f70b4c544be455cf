#!/usr/bin/env bash
# Debian packages the test suite needs, installed when missing: PostgreSQL (its server runs as
# a cluster of the project's own, see services.sh), Chromium with its driver and fonts for the
# browser tests, gettext for the translation catalogues. Java, Maven and Node.js are checked,
# not installed.
#
#   scripts/system-packages.sh [PACKAGE...]    default: all of them
set -euo pipefail

packages=("$@")
# Fonts: so that Korean, Chinese and Arabic pages render (and screenshot) in the browser tests.
[ ${#packages[@]} -gt 0 ] || packages=(postgresql chromium chromium-driver gettext fonts-nanum fonts-wqy-microhei fonts-kacst)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "[system-packages] installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" = 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
        || { "${sudo[@]}" apt-get update -q >/dev/null \
             && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }
    # Installing postgresql starts the system's own cluster, which the project does not use.
    "${sudo[@]}" service postgresql stop >/dev/null 2>&1 || true
fi

for tool in java mvn node npm; do
    command -v "$tool" >/dev/null || { echo "[system-packages] $tool is needed and missing" >&2; exit 1; }
done
