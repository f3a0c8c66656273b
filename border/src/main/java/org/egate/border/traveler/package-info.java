/**
 * Travelers and their measurable facts. Root type {@link org.egate.border.traveler.Traveler}; port
 * {@link org.egate.border.traveler.TravelerRepository}.
 *
 * <p>Invariants: ages are completed years counted per ROC Civil Code (29 February birthdays age on 1 March in
 * common years); heights are whole centimetres within human range.
 */
package org.egate.border.traveler;
