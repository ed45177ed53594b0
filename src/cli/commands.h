// The safeboard subcommands, one file each. Each Add*Command registers itself on the CLI11 app.
#pragma once
#include <memory>
#include <string>

#include "storage/database.h"

// CLI11 is large and header-only: declared here, included only by the files that build the
// commands, so the many tests that load the demo through this header do not compile it.
namespace CLI {
class App;
}

namespace safeboard::cli {

constexpr const char* kDefaultDatabase = "sqlite:safeboard.db";

void AddServeCommand(CLI::App& app);
void AddMigrateCommand(CLI::App& app);
void AddDemoCommand(CLI::App& app);
void AddUserCommand(CLI::App& app);
void AddPartnershipCommand(CLI::App& app);
void AddImportCommand(CLI::App& app);
void AddBackupCommand(CLI::App& app);

// Opens the database and applies any pending migrations.
std::unique_ptr<storage::Database> OpenAndMigrate(const std::string& url);

// Loads the demo board into the database unless its partnership is already there. Returns
// false when it was already loaded.
bool LoadDemo(storage::Database& database);
// The demo's sign-in details, one line each.
std::string DemoSignIns();

}  // namespace safeboard::cli
