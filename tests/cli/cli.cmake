# cmake -DCLI=... -DSOURCE=... -DWORK=... -P cli.cmake
set(examples ${SOURCE}/resources/examples)
set(errors ${SOURCE}/tests/data/yamlio/errors)

# run(<expected exit code> <regex the output must match> args...)
function(run code regex)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(all "${out}${err}")
    if(NOT rc EQUAL code)
        message(SEND_ERROR "infra-studio-cli ${ARGN}: exit ${rc}, expected ${code}\n${all}")
    elseif(NOT all MATCHES "${regex}")
        message(SEND_ERROR "infra-studio-cli ${ARGN}: output does not match '${regex}':\n${all}")
    endif()
endfunction()

# Framework: the command table, help, version, usage errors.
run(0 "Commands:.*  check +Load and validate.*  format +Rewrite.*  schema +Print.*Exit codes:.*2  usage error" --help)
run(0 "infra-studio-cli [0-9]+\\.[0-9]+\\.[0-9]+" --version)
run(2 "Commands:" )
run(2 "unknown command 'chekc'" chekc)
run(2 "Unknown option 'frobnicate'" check --frobnicate)
run(0 "Usage: infra-studio-cli check \\[options\\] FILE" help check)
run(0 "Usage: infra-studio-cli format" format --help)

# check: 0 valid, 1 invalid with file:line:column: message, 2 usage or unreadable.
file(GLOB example_files ${examples}/*.infra.yaml)
run(0 "django-reference.infra.yaml" check ${example_files})
run(1 "three-errors.yaml:5:13: 'peak_rps' is -5 req/s.*three-errors.yaml:9:23: 'workers' is 0.*three-errors.yaml:11:21: link 'to' names no component"
    check ${errors}/three-errors.yaml)
run(1 "unknown-kind.yaml:4:11: unknown component kind 'ecs_wrker' \\(did you mean 'ecs_worker'\\?\\)" check ${errors}/unknown-kind.yaml)
run(2 "missing.yaml:1:1: cannot read the file" check ${WORK}/missing.yaml)
run(2 "no design file given" check)
# An unreadable file wins over an invalid one; both are reported.
run(2 "missing.yaml:1:1: cannot read.*three-errors.yaml:5:13" check ${WORK}/missing.yaml ${errors}/three-errors.yaml)

# format: the examples are canonical; a hand-written file is rewritten in place once.
run(0 "" format --check ${example_files})
file(MAKE_DIRECTORY ${WORK})
configure_file(${SOURCE}/tests/data/yamlio/handwritten/omitted-defaults.yaml ${WORK}/shop.infra.yaml COPYONLY)
run(1 "shop.infra.yaml: not in canonical form" format --check ${WORK}/shop.infra.yaml)
run(0 "" format --in-place ${WORK}/shop.infra.yaml)
run(0 "" format --check ${WORK}/shop.infra.yaml)
run(1 "" format ${errors}/three-errors.yaml)

# schema: the Markdown reference.
run(0 "#### `ecs_web` — ECS web service.*\\| `min_tasks` \\| integer \\| tasks \\| 0 to 1000 \\| `2` \\|" schema --format markdown)
run(2 "only --format markdown" schema --format html)

# cost with saved scenarios: side by side (a scenario's totals hand-checked in tst_yamlio's
# file: 40 web tasks at maximum), one applied with --compare, an unknown name.
set(scen ${SOURCE}/tests/data/yamlio/handwritten/scenarios.yaml)
run(0 "Scenario +min +desired +max +vs design\ndesign +140.00 +140.00 +659.03 *\nBlack Friday: 10× traffic +140.00 +140.00 +1235.73 +0.00\n +workload.peak_rps=2000, web.max_tasks=40"
    cost --scenarios ${scen})
run(0 "\"name\":\"Graviton\",\"overrides\":\\[\"web.architecture=arm64\"\\],\"total\"" cost --scenarios --format json ${scen})
run(0 "Total +140.00 +140.00 +0.00 +\\(max \\+576.70\\)" cost --scenario "Black Friday: 10× traffic" --compare ${scen})
run(2 "no scenario 'Nope' in .*scenarios.yaml \\(saved: Black Friday: 10× traffic, Graviton, Empty\\)" cost --scenario Nope ${scen})
run(2 "--scenarios stands alone" cost --scenarios --set web.max_tasks=3 ${scen})

# export refuses a module Terraform would refuse: a bucket whose id gives the names of the access
# log bucket's resources. Nothing is written, not even the folder's first file.
file(READ ${examples}/django-reference.infra.yaml reference)
string(REPLACE "- id: backups" "- id: access-logs" clash "${reference}")
file(WRITE ${WORK}/clash.infra.yaml "${clash}")
file(REMOVE_RECURSE ${WORK}/clash-out)
run(1 "error: Component access-logs gives Terraform names the module already uses.*aws_s3_bucket.access_logs \\(logging.tf, s3.tf\\).*nothing written"
    export ${WORK}/clash.infra.yaml -o ${WORK}/clash-out)
if(EXISTS ${WORK}/clash-out/terraform OR EXISTS ${WORK}/clash-out/.infra-studio-export.json)
    message(SEND_ERROR "export of a design with a Terraform name clash wrote files")
endif()
# check says so too, as an error of the design (exit 1), in text and JSON.
run(1 "clash.infra.yaml: error: Component access-logs gives Terraform names.*\\(terraform-name-clash\\).*clash.infra.yaml: [1-9][0-9]* error"
    check ${WORK}/clash.infra.yaml)
run(1 "\"rule\":\"terraform-name-clash\",\"severity\":\"error\"" check --format json ${WORK}/clash.infra.yaml)
