import { defineVictimServicesPanel, VictimServicesPanelElement } from './element';

// Loading the script is enough: <victim-services-panel> works from then on.
defineVictimServicesPanel();

export { defineVictimServicesPanel, VictimServicesPanelElement };
