#!/usr/bin/env bash
# Benchmarks. Each starts its own fresh MariaDB, Keycloak and platform (nothing shared with ./run.sh)
# and prints figures.
#
#   ./bench/run.sh             survey, standings and reports, one after the other (about 20 minutes on 2 cores)
#   ./bench/run.sh survey      submissions throughput and latency against a trivial endpoint, dashboard
#                              query times at 1,000,000 samples over 1,000 shops, submission latency at that
#                              size without and during a rollup rebuild (and the rebuild's duration), QR
#                              encodes per second (about 8 minutes). BENCH_SECONDS (per load phase, default 20), BENCH_CLIENTS
#                              (default 32), BENCH_SAMPLES (bulk-loaded samples, default 1000000).
#   ./bench/run.sh dashboards  the national, brand, province and group score views at 30,000 shops x 12 months
#                              (rollups and the rows above the shop written straight into the database): p50, p99
#                              (about 5 minutes). BENCH_DASHBOARD_SHOPS (30000), BENCH_CALLS (timed requests, 200).
#   ./bench/run.sh standings   competition standings of a season of 1,000 shops and 3,000 advisors over
#                              1,000,000 samples, live and frozen (about 7 minutes). BENCH_SHOPS (1000),
#                              BENCH_GROUPS (20), BENCH_SAMPLES (1000000), BENCH_CALLS (timed calls, 20).
#   ./bench/run.sh reports     the reporting module in process (no database, Keycloak or Payara; GreenMail as
#                              the SMTP server): 1,000 monthly shop reports rendered (HTML, text, two PNG
#                              charts, PDF), composed as MIME and sent over SMTP; 1,000,000 samples exported
#                              as CSV and XLSX in a child JVM with a 64 MB heap. BENCH_REPORT_SHOPS (1000),
#                              BENCH_REPORT_THREADS (the cores), BENCH_EXPORT_ROWS (1000000), BENCH_EXPORT_HEAP
#                              (64m); argument to the class: all, monthly or export.
#   ./bench/run.sh alerts      hot alerts end to end (about 5 minutes): 200 low-score submissions, one every 250 ms,
#                              while 4 clients submit ordinary answers; p50 and p99 of the time from the
#                              submission to its alert email in the local SMTP server's inbox (GreenMail).
#                              BENCH_ALERTS (200), BENCH_ALERT_GAP_MS (250), BENCH_CLIENTS (4), BENCH_POLL_MS
#                              (200); ALERTS_SCAN_SECONDS and ALERTS_MAIL_SECONDS as shipped unless set.
#   ./bench/run.sh galera      survey submissions (requests/s, p50, p99) on a single MariaDB, then through
#                              HAProxy on a three-node Galera cluster (platform-devstack/galera/galera.sh,
#                              own directory and ports, removed afterwards); about 6 minutes. BENCH_SECONDS,
#                              BENCH_CLIENTS as for survey.
#   ./bench/run.sh cluster     JSON survey submissions through HAProxy with one and with two platform nodes in
#                              one data grid, on the same cores (the cluster's overhead, about 6 minutes; needs
#                              Debian's haproxy). BENCH_SECONDS (20), BENCH_CLIENTS (32).
#   ./bench/run.sh ranking     the ranking simulation study (no servers, about 10 s): how often raw means,
#                              interval lower bounds and the adjusted score find the true top 10 of
#                              1,000 shops. SIM_REPLICATIONS (500), SIM_SEED (2025).
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
case "$which" in
  survey) mains=(org.dealerplatform.bench.SurveyBenchmark) ;;
  standings) mains=(org.dealerplatform.bench.StandingsBenchmark) ;;
  dashboards) mains=(org.dealerplatform.bench.DashboardBenchmark) ;;
  reports) mains=(org.dealerplatform.bench.ReportsBenchmark) ;;
  alerts) mains=(org.dealerplatform.bench.AlertsBenchmark) ;;
  cluster) mains=(org.dealerplatform.bench.ClusterBenchmark) ;;
  ranking)
    mvn -B -q -pl bench -am install -DskipTests
    exec java -cp bench/target/classes:platform-core/target/classes org.dealerplatform.bench.RankingSimulation ;;
  galera)
    mvn -B -q install -DskipTests
    echo "== single MariaDB (the embedded 11.4 server) =="
    BENCH_SAMPLES=0 mvn -B -q -pl bench exec:exec -Dbench.main=org.dealerplatform.bench.SurveyBenchmark
    export GALERA_DIR=${GALERA_BENCH_DIR:-/tmp/dealer-galera-bench} GALERA_PORT=13320 GALERA_GCOMM_PORT=24757
    galera=platform-devstack/galera/galera.sh
    $galera destroy
    trap '$galera destroy' EXIT
    $galera start
    # the platform (and the benchmark's own look-ups) on the cluster's HAProxy
    while IFS='=' read -r name value; do export "$name=$value"; done < <($galera env)
    echo "== three-node Galera cluster through HAProxy =="
    BENCH_SAMPLES=0 mvn -B -q -pl bench exec:exec -Dbench.main=org.dealerplatform.bench.SurveyBenchmark
    exit 0 ;;
  all) mains=(org.dealerplatform.bench.SurveyBenchmark org.dealerplatform.bench.StandingsBenchmark
             org.dealerplatform.bench.ReportsBenchmark) ;;
  *) echo "usage: $0 [survey|dashboards|standings|reports|alerts|galera|cluster|ranking|all]" >&2; exit 2 ;;
esac
mvn -B -q install -DskipTests
for main in "${mains[@]}"; do
  mvn -B -q -pl bench exec:exec -Dbench.main="$main"
done
