#!/bin/bash
# usage: ab.sh BWO_DIR LABEL N  -- paired cp+sync then restore
B=$1; L=$2; N=${3:-4}
for i in $(seq $N); do
  rm -rf cpdst R; mkdir cpdst; sync
  s=$(date +%s%N); cp -r world/data cpdst/; sync; e=$(date +%s%N)
  cpms=$(( (e-s)/1000000 )); rm -rf cpdst
  DD_SYSIN=rest.txt DD_SYSPRINT=rest.prt DD_TAPE=tape.bwo $B/bin/bwo dss --catalog R >/dev/null 2>&1
  r=$(grep -o 'VERIFY [0-9]* MS, WRITE [0-9]* MS' rest.prt)
  echo "$L cp $cpms $r"
done
rm -rf R
