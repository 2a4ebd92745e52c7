# Runs by `ctest -R terraform_validity`: installs the pinned npm packages when missing,
# writes the Terraform of the examples and their variations, checks every module with
# check-terraform.mjs, and — when a terraform binary is on PATH — that `terraform fmt`
# would change nothing (the emitter's layout is canonical).
if(NOT EXISTS ${PACKAGE_DIR}/node_modules/@cdktf/provider-aws/.jsii OR NOT EXISTS ${PACKAGE_DIR}/node_modules/@cdktf/hcl2json/package.json)
    message(STATUS "Installing the pinned npm packages (npm ci --prefix ${PACKAGE_DIR} --omit=peer)")
    execute_process(COMMAND ${NPM} ci --prefix ${PACKAGE_DIR} --omit=peer --ignore-scripts --no-audit --no-fund
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "npm ci failed (${rc}); the npm registry must be reachable")
    endif()
endif()

file(GLOB examples ${EXAMPLES_DIR}/*.infra.yaml)
list(SORT examples)
file(REMOVE_RECURSE ${OUT_DIR})
execute_process(COMMAND ${DRIVER} ${OUT_DIR} ${examples} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "emit_terraform_variations failed (${rc})")
endif()

file(GLOB modules LIST_DIRECTORIES true ${OUT_DIR}/*/terraform)
list(SORT modules)
list(LENGTH modules count)
if(count LESS 10)
    message(FATAL_ERROR "only ${count} modules written")
endif()
execute_process(COMMAND ${NODE} ${PACKAGE_DIR}/check-terraform.mjs --quiet ${modules} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "check-terraform.mjs found problems (${rc})")
endif()

if(TERRAFORM)
    execute_process(COMMAND ${TERRAFORM} fmt -check -diff -recursive ${OUT_DIR} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "terraform fmt would reformat emitted files")
    endif()
    message(STATUS "terraform fmt: every emitted file is canonical")
endif()
