#!/bin/sh
# Runs the pipeline of this checkout on the seeds, the gold articles and the
# web corpus (when ../shared is present) into $1, then compares with $2 if given.
# SEEDS=DIR and SHARED=DIR take the seeds from another checkout, so that both runs read the same paths.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
out=$1
shared=${SHARED:-$(cd "$here/.." && pwd)/shared}
python=${PYTHON:-python3}
mkdir -p "$out"
run() {
    name=$1; folder=$2
    manifest=""
    [ -f "$folder/SOURCES.tsv" ] && manifest="--manifest $folder/SOURCES.tsv"
    PYTHONPATH=$here $python -c "from pipeline.cli import main; main()" run "$folder" --out "$out/$name" $manifest -q --jobs 1 --force >/dev/null 2>"$out/$name.log" || { cat "$out/$name.log"; exit 2; }
}
run seeds "${SEEDS:-$here/seeds}"
if [ -d "$shared/gold/articles" ]; then run gold "$shared/gold/articles"; fi
if [ -d "$shared/corpus/web" ]; then run web "$shared/corpus/web"; fi
status=0
if [ -n "$2" ]; then
    for name in seeds gold web; do
        if [ -d "$2/$name" ]; then
            echo "$name:"
            $python "$here/bench/equivalence.py" "$2/$name" "$out/$name" || status=1
        fi
    done
fi
exit $status
