#!/bin/sh
# A test printer for the tests' own cupsd, speaking the CUPS backend protocol (backend(7)).
# Copied by tests/support/cups.py into the private ServerBin as backend/guichet-test.
#
# Device URI: guichet-test:/path/of/output?reasons=R1,R2&delay=SECONDS&then=ACTION
#   reasons  printer-state-reasons to raise first ("STATE: +media-empty-error" on stderr, which
#            cupsd turns into the queue's printer-state-reasons)
#   delay    seconds to spend "printing" before ACTION
#   toner    the toner's level in percent, reported as CUPS marker-* attributes ("ATTR:")
#   then     print (default): write the job's bytes to the output path and exit 0
#            wait: hang like a printer waiting for paper, until cupsd cancels the job
#            a number: exit with that code (1 failed, 4 stop printer, 5 cancel job...)

if [ $# -eq 0 ]; then
    echo 'direct guichet-test "Unknown" "Guichet test printer"'
    exit 0
fi

uri=${DEVICE_URI#guichet-test:}
path=${uri%%\?*}
query=
case $uri in *\?*) query=${uri#*\?} ;; esac

reasons=
delay=0
toner=
action=print
old_ifs=$IFS
IFS='&'
for pair in $query; do
    case $pair in
        reasons=*) reasons=${pair#reasons=} ;;
        delay=*) delay=${pair#delay=} ;;
        toner=*) toner=${pair#toner=} ;;
        then=*) action=${pair#then=} ;;
    esac
done
IFS=$old_ifs

if [ -n "$toner" ]; then
    echo "ATTR: marker-names=Black marker-types=toner marker-colors=#000000 marker-levels=$toner marker-low-levels=10 marker-high-levels=100" >&2
fi

for reason in $(echo "$reasons" | tr ',' ' '); do
    echo "STATE: +$reason" >&2
done

echo "INFO: printing" >&2
[ "$delay" = 0 ] || sleep "$delay"

case $action in
    print)
        if [ $# -ge 6 ]; then cat "$6"; else cat; fi >"$path" || exit 1
        exit 0
        ;;
    wait)
        while :; do sleep 0.1; done
        ;;
    *)
        exit "$action"
        ;;
esac
