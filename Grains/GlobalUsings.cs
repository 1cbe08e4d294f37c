global using Frontdesk.Silo;
global using Frontdesk.Grains.Audit;
