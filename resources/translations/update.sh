#!/bin/sh
# Regenerate the translation files from the sources under desktop/views, then compile them to .qm:
# helixmatch_nl.ts holds every string in Dutch; helixmatch_en.ts only the strings with a count
# (%n), whose English singular and plural forms Qt takes from it.
# Run from anywhere; uses the project's virtual environment if there is one.
# After running: translate new entries (pyside6-linguist helixmatch_nl.ts helixmatch_en.ts), then
# run again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/.venv/bin"
[ -x "$bin/pyside6-lupdate" ] || bin=$(dirname "$(command -v pyside6-lupdate)")
cd "$root"
find desktop/views -name '*.py' | sort > "$here/.sources"
"$bin/pyside6-lupdate" -no-obsolete -locations relative -target-language nl_NL \
    @"$here/.sources" -ts "$here/helixmatch_nl.ts"
"$bin/pyside6-lupdate" -no-obsolete -pluralonly -locations relative -source-language en_GB \
    -target-language en_GB @"$here/.sources" -ts "$here/helixmatch_en.ts"
rm -f "$here/.sources"
for language in nl en; do
    "$bin/pyside6-lrelease" "$here/helixmatch_$language.ts" -qm "$here/helixmatch_$language.qm"
done
