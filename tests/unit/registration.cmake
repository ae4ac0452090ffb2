# The contact registration form (attachment 3): validators, PDF, e-mail draft, CLI verb.
sd_add_test(test_contact_validators SOURCES unit/TestContactValidators.cpp LIBS submitdesk-core LABELS unit;registration)
sd_add_test(test_registration_pdf SOURCES unit/TestRegistrationPdf.cpp LIBS submitdesk-core Qt6::Gui LABELS unit;registration)
sd_add_test(test_eml_draft SOURCES unit/TestEmlDraft.cpp LIBS submitdesk-core LABELS unit;registration)
sd_add_test(test_registration_mail SOURCES unit/TestRegistrationMail.cpp LIBS submitdesk-core Qt6::Gui LABELS unit;registration)
sd_add_test(test_registration_cli SOURCES unit/TestRegistrationCli.cpp LIBS submitdesk-core Qt6::Gui LABELS unit;registration;cli)
# The dialog is compiled in directly, so that this test does not wait for the whole GUI library.
sd_add_test(test_registration_dialog
  SOURCES unit/TestRegistrationDialog.cpp ${CMAKE_SOURCE_DIR}/app/gui/RegistrationDialog.h
          ${CMAKE_SOURCE_DIR}/app/gui/RegistrationDialog.cpp ${CMAKE_SOURCE_DIR}/app/gui/FileDialogs.cpp
  LIBS submitdesk-core Qt6::Widgets Qt6::PrintSupport LABELS gui;registration)
target_include_directories(test_registration_dialog PRIVATE ${CMAKE_SOURCE_DIR}/app/gui)
