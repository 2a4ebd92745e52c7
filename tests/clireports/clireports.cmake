# Run with: cmake -DCLI=… -DDATA=… -DEXAMPLES=… -P clireports.cmake
function(run expected_code out_var)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT code EQUAL expected_code)
        message(FATAL_ERROR "infra-studio-cli ${ARGN}: exit ${code}, expected ${expected_code}\n${out}\n${err}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

function(expect_json json expected)
    string(JSON value GET "${json}" ${ARGN})
    if(NOT value STREQUAL expected)
        message(FATAL_ERROR "JSON ${ARGN}: '${value}', expected '${expected}'")
    endif()
endfunction()

function(expect_contains text needle)
    string(FIND "${text}" "${needle}" pos)
    if(pos LESS 0)
        message(FATAL_ERROR "output lacks '${needle}':\n${text}")
    endif()
endfunction()

# The shipped examples have no error findings: exit 0.
file(GLOB examples ${EXAMPLES}/*.infra.yaml)
run(0 out check ${examples})

# Error findings fail the check (exit 1), in text and JSON.
run(1 out check --no-review ${DATA}/public-database.infra.yaml)
expect_contains("${out}" "error: [db] RDS db has a public address (rds-publicly-accessible)")
expect_contains("${out}" "2 error(s)")
run(1 out check --format json ${DATA}/public-database.infra.yaml)
string(STRIP "${out}" line)
expect_json("${line}" "ON" valid)
expect_json("${line}" 2 summary errors)
expect_json("${line}" "rds-storage-encrypted" findings 0 rule)
expect_json("${line}" "error" findings 0 severity)
expect_json("${line}" "db" findings 0 component)
expect_json("${line}" "resilience" review 0 id)

# JSON Lines: one object per file, nothing else.
run(0 out check --format json ${EXAMPLES}/django-reference.infra.yaml ${EXAMPLES}/starter.infra.yaml)
string(STRIP "${out}" out)
string(REPLACE "\n" ";" lines "${out}")
list(LENGTH lines n)
if(NOT n EQUAL 2)
    message(FATAL_ERROR "expected 2 JSON lines, got ${n}:\n${out}")
endif()
list(GET lines 0 first)
expect_json("${first}" 0 summary errors)
# The reference's warnings: its alarms have no endpoint. Its routes are in a working order
# (issue 13): no shadowed route any more.
expect_json("${first}" "alarm-endpoint" findings 0 rule)
string(FIND "${first}" "celery-route-shadowed" shadowed)
if(NOT shadowed EQUAL -1)
    message(FATAL_ERROR "the reference design has a shadowed Celery route again:\n${first}")
endif()

# The playbook's worked example through `pools`: 5 web tasks × 4 workers, 4 tasks × concurrency 8.
run(0 out pools --format json ${DATA}/worked-example.infra.yaml)
string(STRIP "${out}" line)
expect_json("${line}" 40 pools desired web_connections)   # 5 × 4 × 2
expect_json("${line}" 32 pools desired worker_connections) # 4 × 8
expect_json("${line}" 86 pools desired total)             # int(72 × 1.2) = int(86.4)
expect_json("${line}" 21 pools desired default_pool_size) # int(21.6)
expect_json("${line}" 172 pools desired max_client_conn)  # int(172.8)
expect_json("${line}" 129 pools desired rds_max_connections) # int(129.6)
expect_json("${line}" 153 pools maximum total)            # (10 × 4 × 2 + 6 × 8) × 1.2 = 153.6
expect_json("${line}" 112 pools instance_default_limit)   # db.t4g.micro: 1 GiB / 9531392 = 112.6
expect_json("${line}" "ON" pools exceeds_budget_at_maximum)
expect_json("${line}" 5 scaling 0 max_tasks_within_budget) # int((8 × 5 + 48) × 1.2) = 105 ≤ 112 < 115
run(0 out pools ${DATA}/worked-example.infra.yaml)
expect_contains("${out}" "EXCEEDS the budget at maximum scale: 153 connections > 112")

# Usage errors exit 2.
run(2 out pools --format xml ${DATA}/worked-example.infra.yaml)
run(2 out pools)

# capacity (issue 15): the reference design carries its workload (exit 0); the web tier's
# figures by hand: 200 req/s × 80 ms = 16 requests in service, ceil(16 / (4 × 0.7)) = 6 tasks.
run(0 out capacity --format json ${EXAMPLES}/django-reference.infra.yaml)
string(STRIP "${out}" line)
expect_json("${line}" 16 capacity web 0 busy_peak)
expect_json("${line}" 6 capacity web 0 required_tasks_peak)
expect_json("${line}" 384 capacity database iops_peak)     # 320 writes + 1280 reads × 5 %
expect_json("${line}" 110 capacity database projected_gb)  # 50 + 5 × 12
run(0 out capacity ${EXAMPLES}/django-reference.infra.yaml)
expect_contains("${out}" "No capacity findings")
# 100 × the traffic: the web tier cannot serve the peak (exit 1) ...
run(1 out capacity ${DATA}/hundred-times.infra.yaml)
expect_contains("${out}" "[capacity-web-peak] web cannot serve the peak")
# ... and --fit writes a design without capacity errors, which `check` passes, with the cost delta.
set(sized ${CMAKE_CURRENT_BINARY_DIR}/hundred-times-sized.infra.yaml)
file(REMOVE ${sized})
run(0 out capacity --fit -o ${sized} ${DATA}/hundred-times.infra.yaml)
expect_contains("${out}" "web.max_tasks: 20 → ")
expect_contains("${out}" "Monthly cost at desired scale: ")
run(0 out check ${sized})
run(0 out capacity --format json ${sized})
run(2 out capacity --fit ${DATA}/hundred-times.infra.yaml)  # --fit needs -o
