/** Whole rupiah written for people, grouped in thousands with the language's mark: `1.234.567` / `1,234,567`. */
export function groupedRupiah(amount: bigint | number, mark: '.' | ','): string {
  return (typeof amount === 'bigint' ? amount : BigInt(amount)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}
