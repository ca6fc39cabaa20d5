#include "shop.h"

std::size_t orderCount() {
  struct PERSISTENT Order { std::size_t id; };
  return Order{1}.id + shelfCount();
}
