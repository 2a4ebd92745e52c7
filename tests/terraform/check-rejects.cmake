# The checker itself: on tests/data/emit/invalid-module it must fail and name every problem.
if(NOT EXISTS ${PACKAGE_DIR}/node_modules/@cdktf/provider-aws/.jsii OR NOT EXISTS ${PACKAGE_DIR}/node_modules/@cdktf/hcl2json/package.json)
    execute_process(COMMAND ${NPM} ci --prefix ${PACKAGE_DIR} --omit=peer --ignore-scripts --no-audit --no-fund RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "npm ci failed (${rc}); the npm registry must be reachable")
    endif()
endif()
execute_process(COMMAND ${NODE} ${PACKAGE_DIR}/check-terraform.mjs ${MODULE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT rc EQUAL 1)
    message(FATAL_ERROR "expected exit code 1, got ${rc}:\n${output}${errors}")
endif()
foreach(expected
        "aws_not_a_thing.x: unknown resource type \"aws_not_a_thing\""
        "aws_lb.main: unsupported argument or block \"bogus_field\""
        "aws_lb.main.access_logs: missing required argument \"bucket\""
        "reference to undeclared resource \"aws_subnet.missing.id\""
        "aws_vpc_security_group_ingress_rule.r: \"description\" is an argument, not a block"
        "aws_vpc_security_group_ingress_rule.r: missing required argument \"security_group_id\""
        "reference to undeclared variable \"var.undeclared\""
        "reference to undeclared local \"local.nope\""
        "resource aws_lb has no attribute \"no_such_attribute\""
        "ephemeral.aws_secretsmanager_random_password.p: unsupported argument or block \"length\""
        "aws_secretsmanager_secret_version.v[0].secret_string: ephemeral value \"ephemeral.aws_secretsmanager_random_password.p.random_password\" outside a write-only argument would be stored")
    string(FIND "${output}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the checker did not report: ${expected}\n${output}")
    endif()
endforeach()
message(STATUS "the checker reports every planted problem")
