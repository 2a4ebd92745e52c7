# cmake -DCLI=... -DSOURCE=... -DWORK=... -P diff.cmake
# infra-studio-cli diff: exit codes, the three formats on a hand-made pair, --rev against a git
# repository made here, and a clear message where git is missing.
set(pair ${SOURCE}/tests/data/compare/starter-pair)

function(run code regex)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(all "${out}${err}")
    if(NOT rc EQUAL code)
        message(SEND_ERROR "${ARGN}: exit ${rc}, expected ${code}\n${all}")
    elseif(NOT all MATCHES "${regex}")
        message(SEND_ERROR "${ARGN}: output does not match '${regex}':\n${all}")
    endif()
endfunction()

# Identical designs: 0; different: 1; usage errors: 2.
run(0 "No differences" ${CLI} diff ${pair}/before.infra.yaml ${pair}/before.infra.yaml)
run(1 "~ workload.peak_rps: 10 -> 40.*~ web \\(ecs_web, Web\\).*max_tasks: 2 -> 4.*\\+ starter.tasks.\\* -> default.*total at maximum: 185.42 -> 253.80.*Emitted files.*~ terraform/.*\\.tf \\(\\+[0-9]+ -[0-9]+\\).*--- a/terraform/"
    ${CLI} diff ${pair}/before.infra.yaml ${pair}/after.infra.yaml)
run(1 "### Components.*\\*\\*Celery worker \\\\\\| emails &lt;b&gt;\\*\\*.*### Emitted files.*<details><summary>.*```diff\n--- a/"
    ${CLI} diff --format markdown ${pair}/before.infra.yaml ${pair}/after.infra.yaml)
run(1 "\"identical\":false.*\"security_group_rules\"" ${CLI} diff --format json --no-files ${pair}/before.infra.yaml ${pair}/after.infra.yaml)
run(1 "Emitted files.*~ terraform/[a-z]+\\.tf\n" ${CLI} diff --stat ${pair}/before.infra.yaml ${pair}/after.infra.yaml)
run(2 "unknown format 'html'" ${CLI} diff --format html ${pair}/before.infra.yaml ${pair}/after.infra.yaml)
run(2 "give two design files" ${CLI} diff ${pair}/before.infra.yaml)
run(2 "give exactly one design file with --rev" ${CLI} diff --rev HEAD ${pair}/before.infra.yaml ${pair}/after.infra.yaml)
run(2 "missing.infra.yaml:1:1: cannot read" ${CLI} diff ${WORK}/missing.infra.yaml ${pair}/after.infra.yaml)
run(1 "three-errors.yaml:5:13" ${CLI} diff ${SOURCE}/tests/data/yamlio/errors/three-errors.yaml ${pair}/after.infra.yaml)

# --rev: the committed file against the working copy.
find_program(GIT git)
if(NOT GIT)
    message(FATAL_ERROR "git is not installed: scripts/setup installs it (scripts/lib/apt-packages.txt)")
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/repo/infra)
configure_file(${pair}/before.infra.yaml ${WORK}/repo/infra/shop.infra.yaml COPYONLY)
foreach(step "init;-q" "add;." "-c;user.name=t;-c;user.email=t@example.org;commit;-q;-m;first")
    execute_process(COMMAND ${GIT} ${step} WORKING_DIRECTORY ${WORK}/repo RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "git ${step} failed in ${WORK}/repo")
    endif()
endforeach()
run(0 "No differences" ${CLI} diff --rev HEAD ${WORK}/repo/infra/shop.infra.yaml)
configure_file(${pair}/after.infra.yaml ${WORK}/repo/infra/shop.infra.yaml COPYONLY)
run(1 "--- HEAD:.*shop.infra.yaml.*~ workload.peak_rps: 10 -> 40" ${CLI} diff --no-files --rev HEAD ${WORK}/repo/infra/shop.infra.yaml)
run(2 "git cannot show .*shop.infra.yaml at HEAD~3" ${CLI} diff --rev HEAD~3 ${WORK}/repo/infra/shop.infra.yaml)
run(2 "'--output=x' is not a git revision" ${CLI} diff --rev=--output=x ${WORK}/repo/infra/shop.infra.yaml)
# Without git on PATH: a clear message, exit 2.
run(2 "git is not on PATH" ${CMAKE_COMMAND} -E env PATH=${WORK}/empty-path ${CLI} diff --rev HEAD ${WORK}/repo/infra/shop.infra.yaml)
