# The workspace file: SQLite with WAL and foreign keys, migrations, and the stores.
sd_add_test(test_workspace SOURCES unit/TestWorkspace.cpp LIBS submitdesk-core LABELS unit;workspace)
sd_add_test(test_migrations SOURCES unit/TestMigrations.cpp LIBS submitdesk-core LABELS unit;workspace)
sd_add_test(test_unit_store SOURCES unit/TestUnitStore.cpp LIBS submitdesk-core LABELS unit;workspace)
sd_add_test(test_batch_store SOURCES unit/TestBatchStore.cpp LIBS submitdesk-core LABELS unit;workspace)
sd_add_test(test_resource_store SOURCES unit/TestResourceStore.cpp LIBS submitdesk-core LABELS unit;workspace)
# "Locate missing files…": FileRelinker and `submitdesk-cli relink`.
sd_add_test(test_file_relinker SOURCES unit/TestFileRelinker.cpp LIBS sd_testsupport LABELS unit;workspace;cli)
add_dependencies(test_file_relinker submitdesk-cli)
