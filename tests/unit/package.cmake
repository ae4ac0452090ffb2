# Package tests (issue 6): export, verify, open, spreadsheet round trip.
add_library(sd_package_fixture STATIC unit/PackageFixture.h unit/PackageFixture.cpp)
target_link_libraries(sd_package_fixture PUBLIC sd_testsupport submitdesk-core Qt6::Gui)
sd_add_test(test_bag_export SOURCES unit/TestBagExport.cpp LIBS sd_package_fixture LABELS unit;package)
sd_add_test(test_package_open SOURCES unit/TestPackageOpen.cpp LIBS sd_package_fixture LABELS unit;package)
sd_add_test(test_sheet_importer SOURCES unit/TestSheetImporter.cpp LIBS sd_package_fixture LABELS unit;package)
sd_add_test(test_xlsx_reader SOURCES unit/TestXlsxReader.cpp LIBS submitdesk-core LABELS unit;package)
sd_add_test(test_metadata_sheet SOURCES unit/TestMetadataSheet.cpp LIBS sd_package_fixture LABELS unit;package TIMEOUT 600)
sd_add_test(test_package_checks SOURCES unit/TestPackageChecks.cpp LIBS sd_package_fixture LABELS unit;package;media TIMEOUT 600)
