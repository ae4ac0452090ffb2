# The campaign profile: loader (with the broken profiles of tests/data/profiles) and taxonomy.
sd_add_test(test_profile_loader SOURCES unit/TestProfileLoader.cpp LIBS submitdesk-core LABELS unit;profile)
sd_add_test(test_field_roles SOURCES unit/TestFieldRoles.cpp LIBS submitdesk-core LABELS unit;profile)
sd_add_test(test_taxonomy SOURCES unit/TestTaxonomy.cpp LIBS submitdesk-core LABELS unit;profile)
# A second, differently-numbered profile through submitdesk-cli check, validate and export (issue 13).
sd_add_test(test_second_profile SOURCES unit/TestSecondProfile.cpp LIBS sd_package_fixture LABELS unit;profile;cli TIMEOUT 600)
add_dependencies(test_second_profile submitdesk-cli)
# A profile whose fields have other ids but the same roles, through add, validate, check, export, verify
# and import (issue 13 item 4).
sd_add_test(test_renamed_fields SOURCES unit/TestRenamedFields.cpp LIBS sd_package_fixture Qt6::Network LABELS unit;profile;cli TIMEOUT 600)
add_dependencies(test_renamed_fields submitdesk-cli)
# Several campaigns (issue 13 items 5 and 7): the profile library, imports, differences, campaign status.
sd_add_test(test_profile_registry SOURCES unit/TestProfileRegistry.cpp LIBS submitdesk-core LABELS unit;profile)
sd_add_test(test_profile_diff SOURCES unit/TestProfileDiff.cpp LIBS submitdesk-core LABELS unit;profile)
# The Profiles dialog is compiled in directly, so that this test does not wait for the whole GUI library.
sd_add_test(test_profiles_dialog
  SOURCES unit/TestProfilesDialog.cpp ${CMAKE_SOURCE_DIR}/app/gui/ProfilesDialog.h ${CMAKE_SOURCE_DIR}/app/gui/ProfilesDialog.cpp
  LIBS sd_package_fixture Qt6::Widgets LABELS gui;profile)
target_include_directories(test_profiles_dialog PRIVATE ${CMAKE_SOURCE_DIR}/app/gui)
