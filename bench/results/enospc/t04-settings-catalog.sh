#!/bin/bash
# settings export/import, catalog define/alter/delete on a full disk
. "$(dirname "$0")/lib.sh"
cd "$BWO_REPO"
mk /mnt/h3 2m
rm -rf /mnt/h3/*
echo "== export to a full disk, over an existing good file"
C=/tmp/eh/cat4; newcat $C
BWO_CATALOG=$C $BWO settings export /mnt/h3/s.json; echo rc=$?; cp /mnt/h3/s.json /tmp/eh/s.good
fill /mnt/h3
BWO_CATALOG=$C $BWO settings export /mnt/h3/s.json; echo rc=$?; cmp /mnt/h3/s.json /tmp/eh/s.good && echo old-file-intact; ls -a /mnt/h3
echo "== export to a disk with 1 page free (the tmp fits one page?)"; ls -la /tmp/eh/s.good
rm /mnt/h3/filler; dd if=/dev/zero of=/mnt/h3/filler bs=4k count=$(( $(df -k --output=avail /mnt/h3|tail -1)/4 - 1 )) 2>/dev/null
BWO_CATALOG=$C $BWO settings export /mnt/h3/s.json; echo rc=$?; cmp /mnt/h3/s.json /tmp/eh/s.good && echo same; ls -a /mnt/h3
echo "== export --outdd to a full disk"
rm -f /mnt/h3/*; fill /mnt/h3
DD_OUT=/mnt/h3/dd.json BWO_CATALOG=$C $BWO settings export --outdd OUT; echo rc=$?; ls -la /mnt/h3
echo "== catalog on a full disk: import, define, alter, delete"
rm -f /mnt/h3/*
C2=/mnt/h3/cat; mkdir -p $C2
BWO_CATALOG=$C2 $BWO settings import testdata/world.json; echo rc=$?; du -sh $C2
fill /mnt/h3
BWO_CATALOG=$C2 $BWO catalog define OSB.SEG1.BIG01 --segment SEG1 --cis 64 --bwo-eligible; echo rc=$?
BWO_CATALOG=$C2 $BWO catalog define OSB.SEG5.BIG01 --segment SEG5 --cis 1 --bwo-eligible; echo rc=$?
BWO_CATALOG=$C2 $BWO catalog list --long | head -3; echo rc=$?
tmps $C2; ls $C2/data | grep -v '.data$'
BWO_CATALOG=$C $BWO settings export /tmp/eh/s2.json >/dev/null
sed 's/"cis": 64,/"cis": 65,/' /tmp/eh/s2.json > /tmp/eh/s3.json
BWO_CATALOG=$C2 $BWO settings import /tmp/eh/s2.json; echo rc=$?
BWO_CATALOG=$C2 $BWO settings import --replace /tmp/eh/s3.json; echo rc=$?
tmps $C2
BWO_CATALOG=$C2 $BWO catalog alter --help | head -12
BWO_CATALOG=$C2 $BWO segment offline SEG0; echo rc=$?
BWO_CATALOG=$C2 $BWO segment status; echo rc=$?
BWO_CATALOG=$C2 $BWO catalog delete OSB.TEMP.WORK01; echo rc=$?
tmps $C2
rm /mnt/h3/filler
echo "== after freeing space"
BWO_CATALOG=$C2 $BWO catalog list | head -30; echo rc=$?
BWO_CATALOG=$C2 $BWO catalog define OSB.SEG1.BIG01 --segment SEG1 --cis 64 --bwo-eligible; echo rc=$?
BWO_CATALOG=$C2 $BWO segment status; echo rc=$?
tmps $C2
un /mnt/h3
