#!/usr/bin/env bash
# Where the latency tail comes from on this machine (docs/PERFORMANCE.md, "The latency tail"). Two
# instances with 10,000 demo orders, the heap on ordinary pages and on transparent huge pages, the
# same GET at a low fixed rate (500 req/s: the tail here is not queueing), rounds interleaved; then,
# on one connection, when the slow answers happen. Writes bench/results/tail.md. About 8 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
install_missing wrk curl python3
ROUNDS=3
WORK=$(mktemp -d)
trap stop_all EXIT

build_jar
start() { # NAME FLAGS… → PORT
  local name=$1; shift
  local port _
  read -r port _ < <(start_instance "$name" java "" "$@")
  echo "$port"
}
order_url() { # PORT → the URL of a new order
  local id; id=$(curl -fs -X POST "http://127.0.0.1:$1/api/v1/orders" -H 'Content-Type: application/json' -d \
    '{"customer_id":"tail","customer_email":"tail@example.com","items":[{"product_id":"p","product_name":"P","quantity":1,"unit_price":9.99}],"billing_address":{"street":"1 Main St","city":"Seattle","state":"WA","postal_code":"98101"},"payment_info":{"method":"paypal"}}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  echo "http://127.0.0.1:$1/api/v1/orders/$id?customer_id=tail"
}

echo "Starting two instances and warming them (3 minutes)…" >&2
PLAIN=$(order_url "$(start plain -Xms3g -Xmx3g)")
HUGE=$(order_url "$(start huge -Xms3g -Xmx3g -XX:+UseTransparentHugePages)")
for _ in $(seq 1 6); do
  wrk -t2 -c32 -d15s "$PLAIN" >/dev/null
  wrk -t2 -c32 -d15s "$HUGE" >/dev/null
done

pct() { wrk -t2 -c2 -d8s -s bench/paced.lua "$1" -- 250 | tail -n 1 | awk '{printf "%.3f %.3f\n", $1 / 1000, $3 / 1000}'; }
# kdamond_ticks — CPU time (clock ticks) the kernel's DAMON threads have used so far
kdamond_ticks() {
  local total=0 comm
  for comm in /proc/[0-9]*/comm; do
    if [[ $(cat "$comm" 2>/dev/null) == kdamond* ]]; then
      total=$(( total + $(awk '{print $14 + $15}' "${comm%comm}stat" 2>/dev/null || echo 0) ))
    fi
  done
  echo "$total"
}
OUT=bench/results/tail.md
KDAMOND_BEFORE=$(kdamond_ticks)
MEASURED_FROM=$(date +%s%N)
{
  echo "# The latency tail"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M') UTC at commit \`$(git rev-parse --short HEAD)\`: \`bench/tail.sh\`. GET one order,"
  echo "500 requests per second (wrk, 2 connections, bench/paced.lua), 8 s per round, rounds interleaved."
  echo
  echo "| round | ordinary pages p50 | p99 | transparent huge pages p50 | p99 |"
  echo "|---|---|---|---|---|"
  for round in $(seq 1 "$ROUNDS"); do
    read -r p50a p99a < <(pct "$PLAIN")
    read -r p50b p99b < <(pct "$HUGE")
    echo "| $round | $p50a ms | $p99a ms | $p50b ms | $p99b ms |"
  done
  echo
  echo "When the slow answers happen (ordinary pages, one connection, a request every 2 ms for 10 s):"
  echo
  wrk -t1 -c1 -d10s -s bench/trace.lua "$PLAIN" | awk '$1 == "slow" {print $2, $3}' >"$WORK/slow.txt"
  python3 - "$WORK/slow.txt" <<'PY'
import statistics, sys
slow = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
# answers slower than 4 ms less than 50 ms apart belong to one episode
episodes = []
for sent, latency in slow:
    if episodes and sent - episodes[-1][-1][0] < 50:
        episodes[-1].append((sent, latency))
    else:
        episodes.append([(sent, latency)])
starts = [e[0][0] for e in episodes]
gaps = [b - a for a, b in zip(starts, starts[1:])]
print(f"- answers slower than 4 ms: {len(slow)}, in {len(episodes)} episodes")
if gaps:
    print(f"- time between episodes: median {statistics.median(gaps):.0f} ms"
          f" (quartiles {statistics.quantiles(gaps, n=4)[0]:.0f} and {statistics.quantiles(gaps, n=4)[2]:.0f} ms)"
          if len(gaps) > 1 else f"- time between episodes: {gaps[0]:.0f} ms")
if slow:
    print(f"- slowest answer: {max(l for _, l in slow):.1f} ms")
PY
  echo
  echo "Kernel memory monitoring on this machine (read from sysfs):"
  echo
  found=0
  for kdamond in /sys/kernel/mm/damon/admin/kdamonds/[0-9]*; do
    [ -d "$kdamond" ] || continue
    found=1
    context="$kdamond/contexts/0"
    intervals="$context/monitoring_attrs/intervals"
    echo "- DAMON $(basename "$kdamond"): state $(cat "$kdamond/state"), operations $(cat "$context/operations" 2>/dev/null)," \
      "sampling every $(( $(cat "$intervals/sample_us") / 1000 )) ms, aggregating every $(( $(cat "$intervals/aggr_us") / 1000 )) ms," \
      "scheme actions: $(cat "$context"/schemes/*/action 2>/dev/null | tr '\n' ' ')"
  done
  [ "$found" = 1 ] || echo "- no DAMON instance"
  if [ "$found" = 1 ]; then
    ticks=$(( $(kdamond_ticks) - KDAMOND_BEFORE ))
    elapsed_ms=$(( ($(date +%s%N) - MEASURED_FROM) / 1000000 ))
    sample_ms=$(( $(cat /sys/kernel/mm/damon/admin/kdamonds/0/contexts/0/monitoring_attrs/intervals/sample_us) / 1000 ))
    cpu_ms=$(( ticks * 1000 / $(getconf CLK_TCK) ))
    echo "- CPU time of the DAMON threads while the rounds and the trace ran: $cpu_ms ms in $elapsed_ms ms," \
      "about $(( cpu_ms * sample_ms / elapsed_ms )) ms per $sample_ms ms sampling interval (/proc/<pid>/stat)"
  fi
  echo "- transparent huge pages: $(cat /sys/kernel/mm/transparent_hugepage/enabled)"
} | tee "$OUT"
