#!/usr/bin/env bash
# Three replicas of the bank in the cluster profile, on 127.0.0.1 only:
#   replica 1: http://127.0.0.1:8081 (Hazelcast member on 5701)
#   replica 2: http://127.0.0.1:8082 (5702)
#   replica 3: http://127.0.0.1:8083 (5703)
# Builds the executable jar first if it is missing (or with REBUILD=1), starts the three, waits
# until each sees a cluster of three, prints what to try, and stays in the foreground: Ctrl-C
# stops the replicas still running (gracefully: each hands its accounts over before it leaves).
# Kill one from another terminal with: kill -9 "$(cat sample-app/target/cluster-demo/replica-2.pid)"
# Logs: sample-app/target/cluster-demo/replica-N.log. Needs a JDK 21+ (JAVA_HOME or java on the PATH) and curl.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=sample-app/target/sample-app-0.1.0-SNAPSHOT.jar
run_dir=sample-app/target/cluster-demo
java_cmd=java
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi

if [[ ! -f "$jar" || -n "${REBUILD:-}" ]]; then
  echo "Building $jar (./mvnw -pl sample-app -am package spring-boot:repackage)..."
  ./mvnw -B -q -pl sample-app -am package spring-boot:repackage -DskipTests -Dmaven.javadoc.skip=true
fi

mkdir -p "$run_dir"
pids=()
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping the replicas still running..."
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

for i in 1 2 3; do
  "$java_cmd" -Xmx512m -jar "$jar" --spring.profiles.active=cluster \
      --server.address=127.0.0.1 --server.port="808$i" \
      --bank.cluster.port="570$i" --bank.cluster.members=127.0.0.1:5701,127.0.0.1:5702,127.0.0.1:5703 \
      --logging.level.dev.actors.sample.tracing=WARN \
      >"$run_dir/replica-$i.log" 2>&1 &
  pids+=("$!")
  echo "$!" >"$run_dir/replica-$i.pid"
  echo "replica $i: pid $!, http://127.0.0.1:808$i, log $run_dir/replica-$i.log"
done

echo "Waiting (at most 3 minutes) for each replica to see a cluster of 3..."
deadline=$((SECONDS + 180))
for i in 1 2 3; do
  until curl -s "http://127.0.0.1:808$i/actuator/health" | grep -q '"clusterSize":3'; do
    if ! kill -0 "${pids[$((i - 1))]}" 2>/dev/null; then
      echo "replica $i exited; see $run_dir/replica-$i.log" >&2
      exit 1
    fi
    if ((SECONDS > deadline)); then
      echo "replica $i did not join within 3 minutes; see $run_dir/replica-$i.log" >&2
      exit 1
    fi
    sleep 1
  done
done

cat <<'TRY'

The cluster is up. In another terminal:

  # open two accounts through replica 1, transfer through replica 1, read through replica 3
  curl -s -X POST 127.0.0.1:8081/api/accounts -H 'Content-Type: application/json' -d '{"owner":"Alice","initialDepositCents":100000}'
  curl -s -X POST 127.0.0.1:8081/api/accounts -H 'Content-Type: application/json' -d '{"owner":"Bob","initialDepositCents":100000}'
  curl -s -X POST 127.0.0.1:8081/api/transfers -H 'Content-Type: application/json' -d '{"fromAccountId":"ACC-1","toAccountId":"ACC-2","amountCents":2500}'
  curl -s 127.0.0.1:8083/api/accounts
  curl -s 127.0.0.1:8083/api/transfers/TRF-1
  curl -s 127.0.0.1:8081/actuator/health              # actorsCluster: member, clusterSize, liveEntities

  # kill one replica outright, then read through another: same accounts, same balances
  kill -9 "$(cat sample-app/target/cluster-demo/replica-2.pid)"
  curl -s 127.0.0.1:8081/api/accounts
  curl -s 127.0.0.1:8081/api/summary                  # ledgerMatchesAccounts: true

Ctrl-C here stops the replicas.
TRY
wait
