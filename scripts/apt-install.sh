# Sourced by scripts/ensure-*.sh: installs Debian packages for the tests with apt-get, saying so
# first; only root may, anyone else is told the command. Usage: apt_install "<what for>" package…
apt_install() {
  local why="$1"
  shift
  echo "Installing Debian's $* $why (apt-get)…"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Not root: install it yourself with 'sudo apt-get install $*', then run the tests again." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$@" >/dev/null
}
