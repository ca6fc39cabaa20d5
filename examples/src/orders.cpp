// The order journal, written with Boost.Serialization.
#include "shop/model.h"

#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/base_object.hpp>
#include <boost/serialization/export.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>

#include <algorithm>
#include <sstream>
#include <vector>

namespace shop {

namespace {

/// A refund, written through an Event pointer: Boost looks it up by its exported name.
struct Refund : Event {
  std::string sku;
  int cents = 0;

  Refund() = default;
  Refund(std::string Sku, int Cents) : sku(std::move(Sku)), cents(Cents) {}
  std::string describe() const override { return "refund " + sku; }

  template <class Archive> void serialize(Archive &ar, unsigned /*version*/) {
    ar & boost::serialization::base_object<Event>(*this) & sku & cents;
  }
};

/// Not serialized: a helper that stays where it is.
int totalCents(const std::vector<Item> &items) {
  int total = 0;
  for (const Item &item : items)
    total += item.cents;
  return total;
}

} // namespace

} // namespace shop

BOOST_CLASS_EXPORT_GUID(shop::Refund, "shop::Refund")

namespace shop {

std::string saveOrders() {
  // One line of an order as the journal records it.
  struct Line {
    std::string sku;
    int quantity = 0;

    void serialize(boost::archive::text_oarchive &ar, unsigned /*version*/) {
      ar & sku & quantity;
    }
  };
  // Orders lines by SKU; a local helper that is never serialized.
  struct BySku {
    bool operator()(const Line &a, const Line &b) const { return a.sku < b.sku; }
  };

  std::vector<Item> items = {{"pen", 150}, {"ink", 420}};
  std::vector<Line> lines = {{"pen", 3}, {"ink", 1}};
  std::sort(lines.begin(), lines.end(), BySku{});
  const Event *event = new Refund("ink", 420);

  std::ostringstream os;
  {
    boost::archive::text_oarchive ar(os, boost::archive::no_header);
    ar << items;
    for (const Line &line : lines)
      ar << line;
    ar << event;
  }
  delete event;
  std::string text = os.str();
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text + "(total " + std::to_string(totalCents(items)) + " cents)";
}

} // namespace shop
