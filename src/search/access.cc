#include "search/access.h"

#include "core/date.h"
#include "storage/database.h"
#include "ui/area_registry.h"

namespace safeboard::search {

SearchAccess AccessOf(const http::Context& ctx) {
  SearchAccess access;
  access.drafts = ctx.Can(auth::Permission::kManagePartnership);
  access.all_confidential = ctx.access.board_administration;
  access.confidential_groups = ctx.access.groups;
  return access;
}

std::vector<SearchHit> SearchAsReader(http::Context& ctx, const std::vector<std::string>& words,
                                      const std::optional<std::string>& kind) {
  SearchStore store(ctx.db);
  if (store.IndexIsStale(ctx.partnership_id())) {
    // Read and replaced in one transaction, so the index matches the records at the point its
    // mark records; a second reader waiting for the lock finds it fresh and leaves it.
    storage::Transaction tx(ctx.db);
    store.LockIndex(ctx.partnership_id());
    if (store.IndexIsStale(ctx.partnership_id())) {
      std::vector<SearchDocument> documents;
      for (auto source : ui::SearchSources()) {
        auto more = source(ctx.db, ctx.partnership_id());
        documents.insert(documents.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
      }
      store.ReplaceIndex(ctx.partnership_id(), documents, core::FormatTimestamp(ctx.clock.Now()));
    }
    tx.Commit();
  }
  return store.Search(ctx.partnership_id(), words, AccessOf(ctx), kind, kMaxResults);
}

}  // namespace safeboard::search
