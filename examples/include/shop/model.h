// The shop's shared data model. Everything here is at namespace scope in a header: every
// translation unit and every later run can name these types, so serialscope reports none.
#ifndef SHOP_MODEL_H
#define SHOP_MODEL_H

#include <string>

namespace shop {

/// A catalogue item, written to the order journal with Boost.Serialization.
struct Item {
  std::string sku;
  int cents = 0;

  template <class Archive> void serialize(Archive &ar, unsigned /*version*/) {
    ar & sku & cents;
  }
};

/// Something that happened to an order; subclasses are written through a base pointer, so
/// Boost finds them again by their exported name.
struct Event {
  virtual ~Event() = default;
  virtual std::string describe() const = 0;

  template <class Archive> void serialize(Archive &, unsigned /*version*/) {}
};

std::string saveOrders();    // orders.cpp: Boost.Serialization
std::string exportCatalog(); // catalog.cpp: nlohmann_json
std::string snapshotCache(); // cache.cpp: cereal

} // namespace shop

#endif
