#!/usr/bin/env bash
# Sets up a terminal's printer as README.md ("Printer") asks, as root:
#   installer/setup-printer.sh QUEUE DEVICE-URI [MODEL | FILE.ppd]
# e.g. installer/setup-printer.sh Kiosk ipp://192.0.2.10/ipp/print everywhere
# - CUPS keeps no copy of a printed document: `PreserveJobFiles No` in cupsd.conf (by default
#   it keeps one for a day under /var/spool/cups), then CUPS restarts. The job history stays
#   (CUPS's default): Guichet reads there how its job ended.
# - the queue, enabled and accepting jobs, and the default destination;
# - a failed job ends at once (abort-job) rather than wait to be retried, so a member's document
#   never comes out after they have left.
# CUPSD_CONF names another cupsd.conf (then nothing is restarted: its scheduler is yours);
# CUPS_SERVER, as for lp, another scheduler than the local one.
set -euo pipefail
usage="usage: setup-printer.sh QUEUE DEVICE-URI [MODEL | FILE.ppd]"
queue=${1:?$usage}
uri=${2:?$usage}
model=${3:-everywhere}
export PATH="$PATH:/usr/sbin:/sbin"
conf=${CUPSD_CONF:-/etc/cups/cupsd.conf}

if grep -qE '^[[:space:]]*PreserveJobFiles[[:space:]]' "$conf"; then
    sed -i -E 's/^[[:space:]]*PreserveJobFiles[[:space:]].*/PreserveJobFiles No/' "$conf"
else
    printf 'PreserveJobFiles No\n' >>"$conf"
fi
if [ -z "${CUPSD_CONF:-}" ]; then
    if command -v systemctl >/dev/null && systemctl is-active --quiet cups; then
        systemctl restart cups
    elif command -v service >/dev/null; then
        service cups restart
    fi
    for _ in $(seq 50); do lpstat -r >/dev/null 2>&1 && break; sleep 0.2; done
fi

if [[ "$model" == *.ppd ]]; then
    lpadmin -p "$queue" -E -v "$uri" -P "$model"
else
    lpadmin -p "$queue" -E -v "$uri" -m "$model"
fi
lpadmin -p "$queue" -o printer-error-policy=abort-job
lpadmin -d "$queue"
echo "printer $queue ready: set printer = \"$queue\" in guichet.toml (or GUICHET_PRINTER=$queue)"
