# Package tests (issue 6): export, verify, open, spreadsheet round trip.
add_library(sd_package_fixture STATIC unit/PackageFixture.h unit/PackageFixture.cpp)
target_link_libraries(sd_package_fixture PUBLIC sd_testsupport submitdesk-core Qt6::Gui)
sd_add_test(test_bag_export SOURCES unit/TestBagExport.cpp LIBS sd_package_fixture LABELS unit;package)
sd_add_test(test_package_open SOURCES unit/TestPackageOpen.cpp LIBS sd_package_fixture LABELS unit;package)
sd_add_test(test_sheet_importer SOURCES unit/TestSheetImporter.cpp LIBS sd_package_fixture LABELS unit;package)
sd_add_test(test_xlsx_reader SOURCES unit/TestXlsxReader.cpp LIBS submitdesk-core LABELS unit;package)
sd_add_test(test_metadata_sheet SOURCES unit/TestMetadataSheet.cpp LIBS sd_package_fixture LABELS unit;package TIMEOUT 600)
sd_add_test(test_package_checks SOURCES unit/TestPackageChecks.cpp LIBS sd_package_fixture LABELS unit;package;media TIMEOUT 600)
sd_add_test(test_package_language SOURCES unit/TestPackageLanguage.cpp LIBS sd_package_fixture LABELS unit;package;media TIMEOUT 600)
sd_add_test(test_package_integrity SOURCES unit/TestPackageIntegrity.cpp LIBS sd_package_fixture LABELS unit;package;registration)
sd_add_test(test_bag_reader SOURCES unit/TestBagReader.cpp LIBS sd_package_fixture LABELS unit;package TIMEOUT 600)
sd_add_test(test_safe_output SOURCES unit/TestSafeOutput.cpp LIBS submitdesk-core LABELS unit;package;workspace)
sd_add_test(test_durable_output SOURCES unit/TestDurableOutput.cpp LIBS sd_package_fixture LABELS unit;package)
sd_add_test(test_parallel_reading SOURCES unit/TestParallelReading.cpp LIBS submitdesk-core LABELS unit;package)
# Issue 17 item 3: the kernel copy into a folder, hashed as read back; the largest files first.
sd_add_test(test_payload_copy SOURCES unit/TestPayloadCopy.cpp LIBS submitdesk-core LABELS unit;package)
# Each batch records its profile (migration 0003) and is re-judged under another one (issue 13 item 5).
sd_add_test(test_batch_profile SOURCES unit/TestBatchProfile.cpp LIBS sd_package_fixture LABELS unit;package;workspace)
