#!/bin/sh
# Installs the Debian packages the build and the tests need, if any is missing, so that
# `make run` and `make test` work on a fresh Debian machine. Each check names a file the
# package provides; only missing packages are installed.
set -e
need=""
check() { [ -e "$1" ] || need="$need $2"; }
check /usr/bin/qemu-system-x86_64   qemu-system-x86
check /usr/lib/grub/i386-pc          grub-pc-bin
check /usr/bin/grub-mkrescue         grub-common
check /usr/bin/xorriso               xorriso
check /usr/bin/mformat               mtools
check /usr/lib/x86_64-linux-musl/libc.a musl-dev
check /usr/bin/gcc                   gcc
check /usr/bin/ld                    binutils
check /usr/bin/mvn                   maven
check /usr/bin/ed                    ed
check /usr/bin/python3               python3
[ -z "$need" ] && exit 0
echo "ensure-deps: installing:$need"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing or stale on a fresh machine: update once, then install.
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $need
