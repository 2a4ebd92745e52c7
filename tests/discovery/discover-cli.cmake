# cmake -DCLI=... -DSOURCE=... -DWORK=... -P discover-cli.cmake
# infra-studio-cli discover on a fixture: the design, the reports beside it, a design `check`
# accepts, JSON output, usage errors.
set(fixtures ${SOURCE}/tests/data/discovery)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(cli code)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL code)
        message(FATAL_ERROR "infra-studio-cli ${ARGN}: exit ${rc}, expected ${code}\n${out}${err}")
    endif()
    set(out "${out}${err}" PARENT_SCOPE)
endfunction()

function(expect_match what text regex)
    if(NOT text MATCHES "${regex}")
        message(FATAL_ERROR "${what}: no match for '${regex}' in:\n${text}")
    endif()
endfunction()

cli(0 discover ${fixtures}/package-compose -o ${WORK}/shop.infra.yaml)
expect_match("text report" "${out}" "\\| Celery broker URL \\| \\(environment: `CELERY_BROKER_URL`, default `redis://localhost:6379/0`\\)[^|]*\\| config/settings/base.py:17 \\| medium \\|")
expect_match("conflict" "${out}" "\\| CELERY_BROKER_URL \\|[^\n]*\\(config/settings/base.py:17\\) \\| amqp://guest:guest@rabbitmq:5672// \\(docker-compose.yml:7\\)")
foreach(f shop.infra.yaml shop.discovery.md shop.discovery.json)
    if(NOT EXISTS ${WORK}/${f})
        message(FATAL_ERROR "discover -o did not write ${f}")
    endif()
endforeach()
cli(0 check ${WORK}/shop.infra.yaml)
cli(0 format --check ${WORK}/shop.infra.yaml)

cli(0 discover ${fixtures}/monorepo --project services/catalog --format json)
expect_match("json" "${out}" "\"project\": \"services/catalog\"")
expect_match("json fact" "${out}" "\"file\": \"services/catalog/Pipfile\",[^}]*\"key\": \"dependency.daphne\",[^}]*\"line\": 8")

cli(2 discover ${fixtures}/does-not-exist)
expect_match("missing folder" "${out}" "not a folder")
cli(2 discover ${fixtures}/flat-procfile --format xml)
cli(2 discover)
