#!/usr/bin/env bash
# Installs GNU parallel from the distribution's packages for the scale-out testscript
# (testdata/script/parallel.txtar). Without a package manager or the right to use it, it says so and
# the testscript skips.
set -u
sudo=""
if [ "$(id -u)" != 0 ]; then
	if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
		echo "test-setup: GNU parallel is missing and cannot be installed without root; its testscript will skip" >&2
		exit 0
	fi
fi
if command -v apt-get >/dev/null 2>&1; then
	$sudo apt-get install -y -q parallel >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null 2>&1 && $sudo apt-get install -y -q parallel >/dev/null 2>&1; }
elif command -v dnf >/dev/null 2>&1; then
	$sudo dnf install -y -q parallel >/dev/null 2>&1
elif command -v apk >/dev/null 2>&1; then
	$sudo apk add -q parallel >/dev/null 2>&1
elif command -v brew >/dev/null 2>&1; then
	brew install parallel >/dev/null 2>&1
fi
if command -v parallel >/dev/null 2>&1; then
	echo "test-setup: installed GNU parallel $(parallel --version 2>/dev/null | head -1)" >&2
else
	echo "test-setup: could not install GNU parallel; its testscript will skip" >&2
fi
