# Machine output as a contract (issue 20): every JSON and CSV format of infra-studio-cli checked
# against the fields docs/cli-json.md and docs/cost-json.md document (names, types, nothing
# undocumented), one JSON object per input file (failures included), English whatever the
# locale, no float noise, pure CSV; usage errors exit 2 on stderr with nothing on stdout.
#
#   cmake -DCLI=… -DSOURCE=… -DWORK=… -P machineoutput.cmake
cmake_minimum_required(VERSION 3.20) # IN_LIST, string(JSON)
set(examples ${SOURCE}/resources/examples)
set(ref ${examples}/django-reference.infra.yaml)
set(bad ${SOURCE}/tests/data/yamlio/errors/three-errors.yaml)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(READ ${SOURCE}/docs/cli-json.md cli_doc)
file(READ ${SOURCE}/docs/cost-json.md cost_doc)
set(failures 0)

macro(fail message)
    message(SEND_ERROR "${message}")
    math(EXPR failures "${failures} + 1")
endmacro()

# run(<code> <stdout var> <stderr var> args...)
function(run code out_var err_var)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL code)
        message(SEND_ERROR "infra-studio-cli ${ARGN}: exit ${rc}, expected ${code}\n${out}\n${err}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
    set(${err_var} "${err}" PARENT_SCOPE)
endfunction()

# fields(<json> <doc text> <path…> KEYS name:TYPE …): the object at path has exactly these
# members with these types (TYPE may be A|B), and each name is written in the documentation.
function(fields json doc)
    cmake_parse_arguments(F "" "" "KEYS" ${ARGN})
    set(path ${F_UNPARSED_ARGUMENTS})
    string(JSON n LENGTH "${json}" ${path})
    set(expected)
    foreach(spec IN LISTS F_KEYS)
        string(REPLACE ":" ";" parts "${spec}")
        list(GET parts 0 name)
        list(GET parts 1 types)
        string(REPLACE "|" ";" types "${types}")
        list(APPEND expected ${name})
        string(JSON type ERROR_VARIABLE e TYPE "${json}" ${path} ${name})
        if(e)
            message(SEND_ERROR "${path}: no member '${name}' in ${json}")
            continue()
        endif()
        if(NOT type IN_LIST types)
            message(SEND_ERROR "${path} ${name}: ${type}, documented as ${types}")
        endif()
        string(FIND "${doc}" "`${name}`" at)
        if(at LESS 0)
            string(FIND "${doc}" ".${name}`" at) # `scaling[].queues`
        endif()
        if(at LESS 0)
            string(FIND "${doc}" "\"${name}\"" at)
        endif()
        if(at LESS 0)
            message(SEND_ERROR "${path} ${name}: not documented")
        endif()
    endforeach()
    math(EXPR last "${n} - 1")
    if(n GREATER 0)
        foreach(i RANGE ${last})
            string(JSON member MEMBER "${json}" ${path} ${i})
            if(NOT member IN_LIST expected)
                message(SEND_ERROR "${path}: undocumented member '${member}'")
            endif()
        endforeach()
    endif()
endfunction()

# lines(<text> <var>): the non-empty lines of a JSON Lines output.
function(lines text var)
    string(STRIP "${text}" text)
    string(REPLACE ";" "\\;" text "${text}")
    string(REPLACE "\n" ";" list "${text}")
    set(${var} "${list}" PARENT_SCOPE)
endfunction()

function(no_float_noise text what)
    if(text MATCHES "[0-9]\\.[0-9]*[1-9](0000000|9999999)[0-9]")
        message(SEND_ERROR "${what}: floating-point noise in '${CMAKE_MATCH_0}'")
    endif()
endfunction()

set(load_error_keys file:STRING valid:BOOLEAN errors:ARRAY)
set(error_keys line:NUMBER column:NUMBER message:STRING)

# --- check --format json: a valid design, an invalid one and a missing file, in that order.
run(2 out err check --format json ${ref} ${bad} ${WORK}/missing.infra.yaml)
lines("${out}" objects)
list(LENGTH objects n)
if(NOT n EQUAL 3)
    fail("check --format json: ${n} objects for 3 files:\n${out}")
endif()
list(GET objects 0 valid)
fields("${valid}" "${cli_doc}" KEYS file:STRING valid:BOOLEAN summary:OBJECT findings:ARRAY review:ARRAY)
fields("${valid}" "${cli_doc}" summary KEYS errors:NUMBER warnings:NUMBER info:NUMBER)
fields("${valid}" "${cli_doc}" findings 0 KEYS rule:STRING severity:STRING component:STRING|NULL message:STRING fix:STRING)
fields("${valid}" "${cli_doc}" review 0 KEYS id:STRING group:STRING title:STRING status:STRING evidence:ARRAY components:ARRAY)
foreach(i 1 2)
    list(GET objects ${i} failed)
    fields("${failed}" "${cli_doc}" KEYS ${load_error_keys})
    fields("${failed}" "${cli_doc}" errors 0 KEYS ${error_keys})
endforeach()
# English in every locale, the I/O error's reason included.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LANGUAGE=de LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8
                    ${CLI} check --format json ${ref} ${bad} ${WORK}/missing.infra.yaml
                OUTPUT_VARIABLE german ERROR_QUIET)
if(NOT german STREQUAL out)
    fail("check --format json differs in German:\n${german}\nvs\n${out}")
endif()
if(NOT out MATCHES "cannot read the file: No such file or directory")
    fail("check --format json: the I/O error is not the English system message:\n${out}")
endif()

# --- pools --format json: the same failure objects, rounded fractions.
run(2 out err pools --format json ${ref} ${bad} ${WORK}/missing.infra.yaml)
lines("${out}" objects)
list(LENGTH objects n)
if(NOT n EQUAL 3)
    fail("pools --format json: ${n} objects for 3 files:\n${out}")
endif()
list(GET objects 0 p)
fields("${p}" "${cli_doc}" KEYS file:STRING valid:BOOLEAN pools:OBJECT scaling:ARRAY)
fields("${p}" "${cli_doc}" pools KEYS desired:OBJECT maximum:OBJECT services:ARRAY conn_max_age:NUMBER database:STRING|NULL
       instance_class:STRING|NULL instance_default_limit:NUMBER|NULL max_connections_override:NUMBER connection_budget:NUMBER
       max_connections_setting:NUMBER exceeds_budget_at_desired:BOOLEAN exceeds_budget_at_maximum:BOOLEAN pgbouncer:OBJECT|NULL)
foreach(scale desired maximum)
    fields("${p}" "${cli_doc}" pools ${scale} KEYS web_tasks:NUMBER web_connections:NUMBER worker_tasks:NUMBER
           worker_connections:NUMBER management:NUMBER exact_total:NUMBER total:NUMBER default_pool_size:NUMBER
           max_client_conn:NUMBER rds_max_connections:NUMBER database_connections:NUMBER)
endforeach()
fields("${p}" "${cli_doc}" pools services 0 KEYS component:STRING kind:STRING connections_per_task:NUMBER desired_tasks:NUMBER
       max_tasks:NUMBER desired_connections:NUMBER max_connections:NUMBER)
fields("${p}" "${cli_doc}" pools pgbouncer KEYS component:STRING tasks:NUMBER sizing:STRING default_pool_size:NUMBER
       max_client_conn:NUMBER reserve_pool_size:NUMBER)
string(JSON plans LENGTH "${p}" scaling)
math(EXPR last "${plans} - 1")
foreach(i RANGE ${last})
    string(JSON policy GET "${p}" scaling ${i} policy)
    set(keys component:STRING policy:STRING min_tasks:NUMBER desired_tasks:NUMBER max_tasks:NUMBER connections_per_task:NUMBER
        max_tasks_within_budget:NUMBER|NULL exceeds_connection_budget:BOOLEAN summary:STRING)
    if(NOT policy STREQUAL "fixed")
        list(APPEND keys metric:STRING metric_namespace:STRING|NULL target:NUMBER scale_in_cooldown:NUMBER scale_out_cooldown:NUMBER)
    endif()
    string(JSON queues ERROR_VARIABLE no_queues GET "${p}" scaling ${i} queues)
    if(NOT no_queues)
        list(APPEND keys queues:ARRAY)
    endif()
    fields("${p}" "${cli_doc}" scaling ${i} KEYS ${keys})
endforeach()
foreach(i 1 2)
    list(GET objects ${i} failed)
    fields("${failed}" "${cli_doc}" KEYS ${load_error_keys})
endforeach()
# 56 connections × 0.2 is 11.200000000000001 in floating point: JSON says 11.2.
configure_file(${SOURCE}/tests/data/derive/worked-example.infra.yaml ${WORK}/noise.infra.yaml COPYONLY)
file(READ ${WORK}/noise.infra.yaml noise)
string(REGEX REPLACE "desired_tasks: 5" "desired_tasks: 3" noise "${noise}")
file(WRITE ${WORK}/noise.infra.yaml "${noise}")
foreach(design ${examples}/starter.infra.yaml ${examples}/api-only.infra.yaml ${ref} ${WORK}/noise.infra.yaml)
    execute_process(COMMAND ${CLI} pools --format json ${design} OUTPUT_VARIABLE o ERROR_QUIET)
    no_float_noise("${o}" "pools --format json ${design}")
endforeach()

# --- decide --format json: five decisions per design, the same failure objects.
run(2 out err decide --format json ${ref} ${bad} ${WORK}/missing.infra.yaml)
no_float_noise("${out}" "decide --format json")
lines("${out}" objects)
list(LENGTH objects n)
if(NOT n EQUAL 3)
    fail("decide --format json: ${n} objects for 3 files:\n${out}")
endif()
list(GET objects 0 p)
fields("${p}" "${cli_doc}" KEYS file:STRING valid:BOOLEAN decisions:ARRAY)
string(JSON count LENGTH "${p}" decisions)
if(NOT count EQUAL 5)
    fail("decide --format json: ${count} decisions, expected 5")
endif()
foreach(i RANGE 4)
    fields("${p}" "${cli_doc}" decisions ${i} KEYS id:STRING adr:STRING title:STRING options:ARRAY option_names:ARRAY
           status:STRING recommended:STRING current:STRING|NULL current_text:STRING factors:ARRAY reasons:ARRAY
           conversion:STRING|NULL can_apply:BOOLEAN blocked:STRING|NULL cost:OBJECT|NULL cost_note:STRING|NULL)
    fields("${p}" "${cli_doc}" decisions ${i} factors 0 KEYS key:STRING label:STRING value:STRING threshold:STRING
           source:STRING points_to:STRING|NULL)
endforeach()
foreach(i 1 2)
    list(GET objects ${i} failed)
    fields("${failed}" "${cli_doc}" KEYS ${load_error_keys})
endforeach()

# --- cost --format json (with --suggest), documented in docs/cost-json.md.
run(0 out err cost --format json --suggest ${ref})
no_float_noise("${out}" "cost --format json")
fields("${out}" "${cost_doc}" KEYS schema:NUMBER file:STRING design:STRING region:STRING region_name:STRING currency:STRING
       hours_per_month:NUMBER catalog:OBJECT discounts:ARRAY overrides:ARRAY columns:ARRAY total:OBJECT categories:OBJECT
       components:ARRAY graviton_delta:NUMBER unverified_prices:ARRAY notes:ARRAY errors:ARRAY suggestions:ARRAY)
fields("${out}" "${cost_doc}" catalog KEYS version:STRING effective_date:STRING file:STRING)
fields("${out}" "${cost_doc}" total KEYS min:NUMBER desired:NUMBER max:NUMBER)
fields("${out}" "${cost_doc}" components 0 KEYS id:STRING name:STRING kind:STRING category:STRING total:OBJECT
       graviton:BOOLEAN graviton_delta:NUMBER|NULL items:ARRAY)
fields("${out}" "${cost_doc}" components 0 items 0 KEYS key:STRING label:STRING unit:STRING unit_price:NUMBER quantity:ARRAY
       amount:ARRAY price_key:STRING price_status:STRING discount:BOOLEAN note:STRING|NULL)
fields("${out}" "${cost_doc}" suggestions 0 KEYS id:STRING component:STRING|NULL title:STRING rationale:STRING trade_off:STRING
       monthly_saving:NUMBER overrides:ARRAY discounts:ARRAY commitment:BOOLEAN)

# --- cost --format csv: the documented header first, the same field count on every row.
run(0 out err cost --format csv ${ref})
lines("${out}" rows)
list(GET rows 0 header)
set(documented "component,kind,category,item,label,unit,unit_price,quantity_desired,min,desired,max,price_key,price_status")
if(NOT header STREQUAL documented)
    fail("cost CSV header: '${header}', documented '${documented}'")
endif()
string(FIND "${cost_doc}" "${documented}" at)
if(at LESS 0)
    fail("docs/cost-json.md does not document the CSV columns '${documented}'")
endif()
foreach(row IN LISTS rows)
    string(REGEX REPLACE "\"([^\"]|\"\")*\"" "x" plain "${row}")
    string(REGEX REPLACE "[^,]" "" commas "${plain}")
    string(LENGTH "${commas}" c)
    if(NOT c EQUAL 12)
        fail("cost CSV row with ${c} separators: ${row}")
    endif()
endforeach()
run(0 out err cost --format csv --csv-comment ${ref})
if(NOT out MATCHES "^# catalog ")
    fail("cost --csv-comment: no comment line first")
endif()
# Suggestions are never mixed into CSV.
run(2 out err cost --format csv --suggest ${ref})

# --- usage errors: exit 2, a message on stderr, nothing on stdout, for every command.
foreach(args "check;--format;xml;${ref}" "pools;--format;xml;${ref}" "cost;--format;xml;${ref}" "schema;--format;html"
        "format;--frobnicate;${ref}" "export;${ref}" "render;${ref};--out;${WORK}/d.jpg" "cost" "pools" "check")
    run(2 out err ${args})
    if(NOT out STREQUAL "" OR err STREQUAL "")
        fail("usage error '${args}': stdout '${out}', stderr '${err}'")
    endif()
endforeach()

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} failure(s)")
endif()
