// Prints what each part of the shop writes, so the fixed copy can be compared with the original.
#include "shop/model.h"

#include <iostream>

int main() {
  std::cout << "orders:  " << shop::saveOrders() << "\n";
  std::cout << "catalog: " << shop::exportCatalog() << "\n";
  std::cout << "cache:   " << shop::snapshotCache() << "\n";
}
