#!/bin/sh
# Regenerate helixmatch_nl.ts from the sources under desktop/views, then compile it to .qm.
# Run from anywhere; uses the project's virtual environment if there is one.
# After running: translate new entries (pyside6-linguist helixmatch_nl.ts), then run again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
[ -x "$bin/pyside6-lupdate" ] || bin=$(dirname "$(command -v pyside6-lupdate)")
cd "$root"
find desktop/views -name '*.py' | sort > "$here/.sources"
"$bin/pyside6-lupdate" -no-obsolete -locations relative -target-language nl_NL \
    @"$here/.sources" -ts "$here/helixmatch_nl.ts"
rm -f "$here/.sources"
"$bin/pyside6-lrelease" "$here/helixmatch_nl.ts" -qm "$here/helixmatch_nl.qm"
