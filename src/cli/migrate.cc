// `safeboard migrate`: applies pending schema migrations.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "storage/migrations.h"

namespace safeboard::cli {

std::unique_ptr<storage::Database> OpenAndMigrate(const std::string& url) {
  auto database = storage::OpenDatabase(url);
  auto connection = database->Connect();
  storage::ApplyMigrations(*connection, storage::EmbeddedMigrations());
  return database;
}

void AddMigrateCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("migrate", "Apply pending database migrations");
  auto url = std::make_shared<std::string>(kDefaultDatabase);
  cmd->add_option("--database", *url, "sqlite:PATH or postgresql://...")->capture_default_str();
  cmd->callback([url] {
    auto database = storage::OpenDatabase(*url);
    auto connection = database->Connect();
    int applied = storage::ApplyMigrations(*connection, storage::EmbeddedMigrations());
    std::cout << "applied " << applied << " migration(s); schema is at "
              << storage::EmbeddedMigrations().back().number << "\n";
  });
}

}  // namespace safeboard::cli
