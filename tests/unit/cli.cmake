# submitdesk-cli verbs of the foundation (init, unit, add, set, validate), run as a process.
sd_add_test(test_cli_verbs SOURCES unit/TestCliVerbs.cpp unit/MetadataFixture.h LIBS submitdesk-core
            LABELS unit;cli TIMEOUT 300)
add_dependencies(test_cli_verbs submitdesk-cli)
