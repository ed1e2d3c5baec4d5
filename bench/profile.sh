#!/usr/bin/env bash
# Where one call's CPU time and allocations go, from async-profiler (Maven Central) loaded into a warm
# instance (bench/results/performance-notes-issue-18.md quotes its output).
#
#   bench/profile.sh CALL [COMMIT]    CALL: get, list, post or live; COMMIT: profile that commit instead of
#                                     the working tree (built from `git archive` in a scratch directory)
#
# One instance started as bench/run.sh starts them (10,000 demo orders, rate limit off, the same heap),
# the call warmed for 60 s (wrk, 2 threads, 32 connections, as fast as they go), then 15 s of CPU
# samples and 15 s of allocation samples under the same load. Prints, for each group of frames, the
# share of the CPU samples with that group on the stack and the bytes allocated under it per request,
# then the hottest frames and the most allocated types. Writes bench/results/profile-CALL-COMMIT.md.
# About 3 minutes (plus a build when COMMIT is given).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
CALL=${1:-}
case "$CALL" in get | list | post | live) ;; *) echo "usage: bench/profile.sh get|list|post|live [COMMIT]" >&2; exit 2 ;; esac
COMMIT=${2:-}
install_missing wrk curl python3 unzip
WORK=$(mktemp -d)
trap stop_all EXIT
PROFILER_VERSION=4.2

case "$(uname -m)" in
  x86_64) PLATFORM=linux-x64 ;;
  aarch64) PLATFORM=linux-arm64 ;;
  *) echo "async-profiler $PROFILER_VERSION has no build for $(uname -m) on Maven Central" >&2; exit 1 ;;
esac
./mvnw -q -B -ntp dependency:copy -Dartifact="tools.profiler:async-profiler:$PROFILER_VERSION:jar:$PLATFORM" \
  -DoutputDirectory="$WORK/profiler"
unzip -q -o -j "$WORK/profiler/async-profiler-$PROFILER_VERSION-$PLATFORM.jar" "$PLATFORM/libasyncProfiler.so" -d "$WORK/profiler"
LIB=$WORK/profiler/libasyncProfiler.so

if [ -n "$COMMIT" ]; then
  LABEL=$(git rev-parse --short "$COMMIT")
  mkdir "$WORK/src"
  git archive "$COMMIT" | tar -x -C "$WORK/src"
  (cd "$WORK/src" && build_jar && echo "$PWD/$JAR" >"$WORK/jar")
  JAR=$(cat "$WORK/jar")
else
  LABEL="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes')"
  build_jar
fi

bench_order >"$WORK/order.json"
read -r PORT PID < <(start_instance profiled java "" "${JVM_FLAGS[@]}")
BASE="http://127.0.0.1:$PORT"
LOAD_ARGS=(-- 0)
case "$CALL" in
  live) URL="$BASE/api/v1/health/live" ;;
  get)
    URL="$BASE/api/v1/orders/$(create_order "$PORT")?customer_id=bench-post" ;;
  list)
    for _ in $(seq 1 20); do create_order "$PORT" >/dev/null; done
    URL="$BASE/api/v1/orders?customer_id=bench-post&page_size=20" ;;
  post)
    URL="$BASE/api/v1/orders"
    LOAD_ARGS=(-- 0 POST "$WORK/order.json") ;;
esac

load() { # DURATION → requests answered (any error stops the script)
  wrk -t2 -c32 -d"$1" -s bench/paced.lua "$URL" "${LOAD_ARGS[@]}" >"$WORK/wrk.txt"
  refuse_errors "$URL" "$WORK/wrk.txt"
  tail -n 1 "$WORK/wrk.txt" | awk '{print $4}'
}
# jcmd reads "=" as its own option syntax: the agent's options go in an extra pair of quotes
agent() { jcmd "$PID" JVMTI.agent_load "$LIB" "\"$1\"" >/dev/null; }

echo "Warming $CALL for 60 s…" >&2
load 60s >/dev/null
agent "start,event=itimer,interval=500us"
CPU_REQUESTS=$(load 15s)
agent "stop,file=$WORK/cpu.collapsed,collapsed"
agent "start,event=alloc,interval=64k"
ALLOC_REQUESTS=$(load 15s)
agent "stop,file=$WORK/alloc.collapsed,collapsed,total"
if [ -n "${KEEP_PROFILES:-}" ]; then cp "$WORK"/*.collapsed "$KEEP_PROFILES"/; fi

OUT=bench/results/profile-$CALL-$LABEL.md
python3 - "$CALL" "$LABEL" "bench/profile.sh $*" "$WORK/cpu.collapsed" "$CPU_REQUESTS" "$WORK/alloc.collapsed" "$ALLOC_REQUESTS" <<'PY' | tee "$OUT"
import collections, datetime, re, sys

call, label, command, cpu_file, cpu_requests, alloc_file, alloc_requests = sys.argv[1:8]
cpu_requests, alloc_requests = int(cpu_requests), int(alloc_requests)

# A group is on a stack when any frame of the stack matches; groups may nest (the store runs inside
# the controller), so the shares do not add up to 100 %.
GROUPS = [
    ("finding the handler method", r"DispatcherServlet\.getHandler$"),
    ("resolving the arguments (for POST: reading the JSON body)", r"InvocableHandlerMethod\.getMethodArgumentValues$"),
    ("method validation (Hibernate Validator)", r"HandlerMethodValidator\.validateArguments$"),
    ("controller, service and store", r"ordermanagement/(order/api/OrderController|health/HealthProbeController)\.\w+$"),
    ("  of which the embedded store", r"EmbeddedOrderStore\.\w+$"),
    ("  of which the analytics rollups", r"EmbeddedAnalyticsQueries\.orderChanged$"),
    ("writing the JSON answer", r"AbstractMessageConverterMethodProcessor\.writeWithMessageConverters$"),
    ("the access-log line, in the request thread", r"CorrelationFilter\.logAccess$"),
    ("console lines, in the writer thread", r"AsyncAppenderBase\$Worker\.run$"),
    ("observations (request timer, authorization)", r"SimpleObservation\.(start|stop)$"),
    ("garbage collection threads", r"^(GangWorker|WorkerThread|ConcurrentGCThread|G1ServiceThread)::"),
]


def load(path):
    stacks = []
    for line in open(path):
        stack, count = line.rstrip("\n").rsplit(" ", 1)
        stacks.append((stack.split(";"), int(count)))
    return stacks


def shares(stacks):
    total = sum(count for _, count in stacks)
    by_group = collections.Counter()
    for frames, count in stacks:
        for name, pattern in GROUPS:
            if any(re.search(pattern, frame) for frame in frames):
                by_group[name] += count
    return total, by_group


cpu, alloc = load(cpu_file), load(alloc_file)
cpu_total, cpu_groups = shares(cpu)
alloc_total, alloc_groups = shares(alloc)
print(f"# Profile of {call}\n")
print(f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC at `{label}`: `{command}`. "
      f"async-profiler, 15 s of CPU samples (itimer, 500 µs; {cpu_total} samples, {cpu_requests} requests) and 15 s "
      f"of allocation samples ({alloc_requests} requests), wrk with 2 threads and 32 connections after a 60 s warm-up.\n")
print(f"Allocated per request: {alloc_total / alloc_requests:,.0f} bytes.\n")
print("| frames | CPU samples | bytes allocated per request |")
print("|---|---|---|")
for name, _ in GROUPS:
    print(f"| {name} | {100 * cpu_groups[name] / cpu_total:.1f} % | {alloc_groups[name] / alloc_requests:,.0f} |")


def on_top(stacks, n):
    """The n frames (or, in allocation samples, types) most often on top of the stack, with counts."""
    counts = collections.Counter()
    for frames, count in stacks:
        counts[re.sub(r"_\[[ik]\]$", "", frames[-1])] += count
    return counts.most_common(n)


print("\nHottest frames (CPU samples with the frame on top):\n")
for frame, count in on_top(cpu, 12):
    print(f"- {100 * count / cpu_total:.1f} % `{frame}`")
print("\nMost allocated types (bytes per request):\n")
for type_name, count in on_top(alloc, 10):
    print(f"- {count / alloc_requests:,.0f} `{type_name}`")
PY
echo "Wrote $OUT" >&2
