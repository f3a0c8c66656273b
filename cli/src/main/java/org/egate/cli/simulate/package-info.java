/**
 * {@code egate simulate}: the capacity model ({@code --arrivals-per-hour}) now, the end-to-end
 * run of travelers through lanes ({@code --travelers}) when its runner exists.
 * {@link org.egate.cli.simulate.SimulateCommand} picks the mode; {@link
 * org.egate.cli.simulate.CapacityJson} is the capacity report's JSON shape.
 */
package org.egate.cli.simulate;
