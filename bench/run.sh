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
#   ./bench/run.sh standings   competition standings of a season of 1,000 shops and 3,000 advisors over
#                              1,000,000 samples, live and frozen (about 7 minutes). BENCH_SHOPS (1000),
#                              BENCH_GROUPS (20), BENCH_SAMPLES (1000000), BENCH_CALLS (timed calls, 20).
#   ./bench/run.sh reports     the reporting module in process (no database, Keycloak or Payara; GreenMail as
#                              the SMTP server): 1,000 monthly shop reports rendered (HTML, text, two PNG
#                              charts, PDF), composed as MIME and sent over SMTP; 1,000,000 samples exported
#                              as CSV and XLSX in a child JVM with a 64 MB heap. BENCH_REPORT_SHOPS (1000),
#                              BENCH_REPORT_THREADS (the cores), BENCH_EXPORT_ROWS (1000000), BENCH_EXPORT_HEAP
#                              (64m); argument to the class: all, monthly or export.
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
  reports) mains=(org.dealerplatform.bench.ReportsBenchmark) ;;
  cluster) mains=(org.dealerplatform.bench.ClusterBenchmark) ;;
  ranking)
    mvn -B -q -pl bench -am install -DskipTests
    exec java -cp bench/target/classes:platform-core/target/classes org.dealerplatform.bench.RankingSimulation ;;
  all) mains=(org.dealerplatform.bench.SurveyBenchmark org.dealerplatform.bench.StandingsBenchmark
             org.dealerplatform.bench.ReportsBenchmark) ;;
  *) echo "usage: $0 [survey|standings|reports|cluster|ranking|all]" >&2; exit 2 ;;
esac
mvn -B -q install -DskipTests
for main in "${mains[@]}"; do
  mvn -B -q -pl bench exec:exec -Dbench.main="$main"
done
