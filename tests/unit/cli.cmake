# submitdesk-cli verbs of the foundation (init, unit, add, set, validate), run as a process.
sd_add_test(test_cli_verbs SOURCES unit/TestCliVerbs.cpp unit/MetadataFixture.h LIBS submitdesk-core
            LABELS unit;cli TIMEOUT 300)
add_dependencies(test_cli_verbs submitdesk-cli)
# submitdesk-cli profile list|show|import|diff (issue 13 items 5 and 7).
sd_add_test(test_profile_cli SOURCES unit/TestProfileCli.cpp LIBS sd_package_fixture LABELS unit;cli;profile TIMEOUT 300)
add_dependencies(test_profile_cli submitdesk-cli)
