# Sourced by run.sh and test.sh: checks what MLPrep needs and installs the missing Debian
# packages when running as root; otherwise says exactly what to install.

prereq_fail() {
  echo "error: $1" >&2
  exit 1
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    prereq_fail "the .NET SDK is not installed. Install the .NET 10 SDK (https://dot.net) and run this again."
  fi
  if ! dotnet --list-sdks 2>/dev/null | grep -qE '^1[0-9]\.'; then
    prereq_fail "the .NET 10 SDK is needed; 'dotnet --list-sdks' shows: $(dotnet --list-sdks | tr '\n' ' ')"
  fi
}

# apt_install PACKAGE... : installs Debian packages, as root only.
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    prereq_fail "missing: $*. Install them with: sudo apt-get install -y $*"
  fi
  echo "Installing $* ..." >&2
  if [ -z "${PREREQS_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || prereq_fail "apt-get update failed"
    PREREQS_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2 \
    || prereq_fail "apt-get install -y $* failed"
}

require_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt 18 ]; then
    prereq_fail "Node.js 18 or newer is needed to build the browser assets; this machine has $(node --version)."
  fi
}

require_chromium() {
  if [ ! -x "${MLPREP_CHROMIUM:-/usr/bin/chromium}" ]; then
    apt_install chromium fonts-liberation
  fi
}

# The judge runs submissions with bubblewrap, Debian's python3 with numpy, and (when MLPrep
# runs as root) as the unprivileged user mlprep-judge.
require_judge() {
  local missing=()
  [ -x /usr/bin/bwrap ] || missing+=(bubblewrap)
  /usr/bin/python3 -c 'import numpy' >/dev/null 2>&1 || missing+=(python3 python3-numpy)
  command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)
  if [ "${#missing[@]}" -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
  if [ "$(id -u)" -eq 0 ] && ! id mlprep-judge >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin mlprep-judge \
      || prereq_fail "could not create the user mlprep-judge"
  fi
}
