// The public catalogue feed, written with nlohmann_json.
#include "shop/model.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace shop {

// Items go to JSON through a namespace-scope to_json: Item can be named, nothing to report.
void to_json(nlohmann::json &j, const Item &item) {
  j = {{"sku", item.sku}, {"cents", item.cents}};
}

namespace {

/// The feed's header block. NLOHMANN_DEFINE_TYPE_INTRUSIVE defines to_json/from_json as
/// hidden friends, so they move with the type.
struct FeedHeader {
  std::string title = "Stationery";
  int version = 2;
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(FeedHeader, title, version)
};

/// Not serialized: a helper class of this file only.
class Counter {
public:
  int next() { return ++value; }

private:
  int value = 0;
};

} // namespace

class Catalog {
public:
  std::string dump() const {
    // A row of the feed, turned into JSON field by field: not serializable itself, so not
    // reported although it is local.
    struct Entry {
      int position = 0;
      Item item;
    };
    std::vector<Entry> entries;
    Counter counter;
    for (const Item &item : items)
      entries.push_back({counter.next(), item});
    nlohmann::json feed = {{"header", FeedHeader{}}, {"size", entries.size()}};
    for (const Entry &entry : entries)
      feed["items"].push_back({{"position", entry.position}, {"item", entry.item}});
    return feed.dump();
  }

private:
  std::vector<Item> items = {{"pen", 150}, {"ink", 420}};
};

std::string exportCatalog() { return Catalog().dump(); }

} // namespace shop
