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

# The examples once more through `infra-studio-cli export`: the same bytes as the driver's,
# and a second export into the same folder changes nothing.
foreach(example IN LISTS examples)
    get_filename_component(name ${example} NAME)
    string(REPLACE ".infra.yaml" "" name ${name})
    set(dir ${OUT_DIR}/cli-${name})
    foreach(round first second)
        execute_process(COMMAND ${CLI} export ${example} --out ${dir} --only terraform
                        RESULT_VARIABLE rc OUTPUT_VARIABLE output)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "infra-studio-cli export ${example} failed (${rc}): ${output}")
        endif()
    endforeach()
    if(NOT output MATCHES "0 written, 0 changed, [1-9][0-9]* unchanged")
        message(FATAL_ERROR "a second export of ${name} rewrote files:\n${output}")
    endif()
    file(GLOB tf RELATIVE ${dir}/terraform ${dir}/terraform/*.tf)
    foreach(f IN LISTS tf)
        execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${dir}/terraform/${f} ${OUT_DIR}/example-${name}/terraform/${f}
                        RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "export of ${name}: ${f} differs from the emitter's output")
        endif()
    endforeach()
endforeach()

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
