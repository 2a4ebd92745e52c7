# cmake -DCLI=... -DSOURCE=... -DWORK=... -P decide.cmake
# infra-studio-cli decide: the five decisions in text, a 3 TB variant proposing Aurora, usage
# errors, and --apply writing the converted design (or refusing with the reason).
set(ref ${SOURCE}/resources/examples/django-reference.infra.yaml)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(run code regex)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(all "${out}${err}")
    if(NOT rc EQUAL code)
        message(SEND_ERROR "${ARGN}: exit ${rc}, expected ${code}\n${all}")
    elseif(NOT all MATCHES "${regex}")
        message(SEND_ERROR "${ARGN}: output does not match '${regex}':\n${all}")
    endif()
endfunction()

# The reference: every decision accepted, in the playbook's order, each row with its threshold
# and source.
run(0 "Horizontal vs vertical scaling \\(ADR-006\\): accepted.*Celery Beat vs EventBridge Scheduler \\(ADR-004\\): accepted.*RDS PostgreSQL vs Aurora PostgreSQL \\(ADR-002\\): accepted.*ElastiCache Redis vs Amazon MemoryDB \\(ADR-003\\): accepted.*ECS Fargate vs EKS \\(ADR-001\\): accepted"
    ${CLI} decide ${ref})
run(0 "- Scale \\(data\\): 50 GB now, 110 GB in 12 months -> RDS PostgreSQL\n      threshold: Aurora from 1,000 GB \\(1 TB\\) within the sizing horizon\n      source: Playbook, RDS PostgreSQL vs Aurora PostgreSQL"
    ${CLI} decide ${ref})

# 3 TB of data: Aurora proposed.
file(READ ${ref} text)
string(REPLACE "db_size_gb: 50" "db_size_gb: 3000" text "${text}")
file(WRITE ${WORK}/big.infra.yaml "${text}")
run(0 "RDS PostgreSQL vs Aurora PostgreSQL \\(ADR-002\\): proposed\n  recommended: Aurora PostgreSQL\n  the design:  RDS PostgreSQL db.*3,000 GB now, 3,060 GB in 12 months -> Aurora PostgreSQL"
    ${CLI} decide ${WORK}/big.infra.yaml)

# Usage errors: 2.
run(2 "unknown --format 'xml'" ${CLI} decide --format xml ${ref})
run(2 "no design file given" ${CLI} decide)
run(2 "unknown conversion 'eks' \\(aurora, memorydb, eventbridge-scheduler\\)" ${CLI} decide --apply eks -o ${WORK}/x.yaml ${ref})
run(2 "--apply needs one design file and -o OUT" ${CLI} decide --apply aurora ${ref})
run(2 "-o is only used with --apply" ${CLI} decide -o ${WORK}/x.yaml ${ref})
run(2 "missing.infra.yaml:1:1: cannot read" ${CLI} decide ${WORK}/missing.infra.yaml)
