// safeboard: one program, with subcommands.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"safeboard: the information system of a safeguarding children partnership"};
  app.require_subcommand(1);
  safeboard::cli::AddServeCommand(app);
  safeboard::cli::AddMigrateCommand(app);
  safeboard::cli::AddDemoCommand(app);
  safeboard::cli::AddUserCommand(app);
  safeboard::cli::AddPartnershipCommand(app);
  safeboard::cli::AddImportCommand(app);
  safeboard::cli::AddBackupCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::cerr << "safeboard: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
