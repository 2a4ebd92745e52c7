# infra-studio-cli render and export --only diagram (GUI builds): the diagram comes out as a
# real SVG and PNG through the canvas's renderer, and an unsupported extension is a usage error.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(design ${SOURCE}/resources/examples/django-reference.infra.yaml)

execute_process(COMMAND ${CLI} render ${design} --out ${WORK}/d.svg RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "render to SVG exited ${rc}")
endif()
file(READ ${WORK}/d.svg svg)
if(NOT svg MATCHES "<svg" OR NOT svg MATCHES "pgBouncer")
    message(FATAL_ERROR "render wrote no SVG with the design's components")
endif()

execute_process(COMMAND ${CLI} render ${design} --out ${WORK}/d.png RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
file(READ ${WORK}/d.png head LIMIT 4 HEX)
if(NOT rc EQUAL 0 OR NOT head STREQUAL "89504e47")
    message(FATAL_ERROR "render to PNG exited ${rc}, header ${head}")
endif()

execute_process(COMMAND ${CLI} render ${design} --out ${WORK}/d.jpg RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 2)
    message(FATAL_ERROR "render to .jpg should be a usage error (2), was ${rc}")
endif()

execute_process(COMMAND ${CLI} export ${design} --out ${WORK}/repo --only diagram RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
foreach(f diagram.svg diagram.png)
    if(NOT rc EQUAL 0 OR NOT EXISTS ${WORK}/repo/docs/architecture/${f})
        message(FATAL_ERROR "export --only diagram (exit ${rc}) did not write docs/architecture/${f}")
    endif()
endforeach()
