#!/bin/bash
# settings import on a catalog disk that fills part-way: partial import, .data.tmp debris, re-run after freeing space
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
un /mnt/h14; mk /mnt/h14 80k; C=/mnt/h14/cat; mkdir -p $C
BWO_CATALOG=$C nice bwo settings import testdata/world.json; echo "import rc=$?"
BWO_CATALOG=$C nice bwo catalog list | wc -l
echo "debris: $(find $C -name '*.tmp' | tr '\n' ' ')"
ls -la $C/data | grep tmp
mount -o remount,size=64m /mnt/h14
BWO_CATALOG=$C nice bwo settings import testdata/world.json; echo "re-import after freeing space rc=$?"
BWO_CATALOG=$C nice bwo catalog list | wc -l
echo "debris: $(find $C -name '*.tmp' | tr '\n' ' ')"
BWO_CATALOG=$C nice bwo segment status >/dev/null; echo "debris after a segment system start (sweep): $(find $C -name '*.tmp' | tr '\n' ' ')"
un /mnt/h14
